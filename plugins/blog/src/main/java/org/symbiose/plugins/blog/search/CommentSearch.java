package org.symbiose.plugins.blog.search;

import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.comment.CommentType;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.Permalinks;
import org.symbiose.spi.search.SearchContribution;
import org.symbiose.spi.search.SearchDocument;

/** Comments in search, under their post's title and linked to their place on its page; none of unpublished posts. */
@Component(service = SearchContribution.class)
public class CommentSearch implements SearchContribution {

    @Reference
    private Blogs blogs;

    @Reference
    private BlogPosts posts;

    @Override
    public String type() {
        return CommentType.KEY;
    }

    @Override
    public Optional<SearchDocument> document(Item comment) {
        Optional<BlogPost> post = comment.parentId() == null ? Optional.empty()
                : posts.find(comment.parentId(), null);
        return post.flatMap(p -> blogs.find(p.blogId()).map(blog -> new SearchDocument(p.title(), comment.body(),
                blog.language(), null, Permalinks.path(blog.name(), p) + "#comment-" + comment.id(), Map.of())
                .withFacet("blog", blog.name())));
    }
}
