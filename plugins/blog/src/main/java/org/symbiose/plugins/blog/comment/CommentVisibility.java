package org.symbiose.plugins.blog.comment;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.blog.post.BlogPosts;

/** A comment is read where its post is: nobody reads comments of a draft but its team. */
@Component(service = CommentVisibility.class)
public class CommentVisibility {

    @Reference
    private BlogPosts posts;

    boolean postReadable(Long postId, Long viewerId) {
        return postId != null && posts.find(postId, viewerId).isPresent();
    }
}
