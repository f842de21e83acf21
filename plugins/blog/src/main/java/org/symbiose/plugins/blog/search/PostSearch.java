package org.symbiose.plugins.blog.search;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.Permalinks;
import org.symbiose.plugins.blog.post.PostType;
import org.symbiose.plugins.blog.post.Posts;
import org.symbiose.spi.search.SearchContribution;
import org.symbiose.spi.search.SearchDocument;

/**
 * Posts in search: published ones only (the store keeps the others hidden, and a scheduled post
 * enters the index when the clock publishes it), in their blog's language, linked to their
 * permalink, with {@code blog} and {@code category} facets.
 */
@Component(service = SearchContribution.class)
public class PostSearch implements SearchContribution {

    @Reference
    private Blogs blogs;

    @Override
    public String type() {
        return PostType.KEY;
    }

    @Override
    public Optional<SearchDocument> document(Item item) {
        BlogPost post = Posts.of(item);
        if (!post.isPublic()) {
            return Optional.empty();
        }
        return blogs.find(post.blogId()).map(blog -> {
            String text = post.excerpt().isEmpty() ? post.body() : post.excerpt() + "\n\n" + post.body();
            SearchDocument document = new SearchDocument(post.title(), text, blog.language(), null,
                    Permalinks.path(blog.name(), post), java.util.Map.of()).withFacet("blog", blog.name());
            return post.categories().isEmpty() ? document
                    : document.withFacet("category", Permalinks.slugOf(post.categories().get(0)));
        });
    }
}
