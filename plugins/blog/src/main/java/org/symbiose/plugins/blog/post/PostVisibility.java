package org.symbiose.plugins.blog.post;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.blog.blog.Blogs;

/**
 * Who reads a post: everyone once it is published; before that (draft, review, scheduled) its
 * blog's team and its author only. Moderators see hidden items through the core's own rules.
 */
@Component(service = PostVisibility.class)
public class PostVisibility {

    @Reference
    private Blogs blogs;

    public boolean readable(BlogPost post, Long viewerId) {
        if (post.isPublic()) {
            return true;
        }
        if (viewerId == null) {
            return false;
        }
        if (post.author().id() == viewerId) {
            return true;
        }
        return blogs.find(post.blogId()).map(blog -> blogs.seesUnpublished(blog, viewerId)).orElse(false);
    }
}
