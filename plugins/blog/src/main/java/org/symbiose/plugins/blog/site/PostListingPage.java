package org.symbiose.plugins.blog.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.blog.Slice;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.feed.FeedScope;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * A page listing published posts newest first, {@value #PER_PAGE} at a time ({@code before=}
 * moves on): a blog's home, its archive of a month, a category, a tag, an author. Model keys:
 * {@code blog} (null for a tag across blogs), {@code heading}, {@code posts}, {@code next},
 * {@code feeds}, {@code canWrite}, {@code writeLink}, and what a page adds.
 */
abstract class PostListingPage implements PageModel {

    static final int PER_PAGE = 10;

    @Reference
    Blogs blogs;

    @Reference
    BlogPosts posts;

    @Reference
    PostCards cards;

    /**
     * What the page lists.
     *
     * @param blog    the blog, or null for a list across blogs
     * @param heading the page's title
     * @param posts   this page of posts
     * @param address this page's address, to which {@code &before=} is added for the next one
     * @param feed    the feed following the same posts, or null for none
     */
    record Listing(Blog blog, String heading, Slice<BlogPost> posts, String address, FeedScope feed) {
    }

    abstract Listing listing(PageRequest request, Long before);

    /** What a page shows besides the list; nothing by default. */
    void addTo(Map<String, Object> shown, Listing listing, PageRequest request) {
    }

    @Override
    public Object model(PageRequest request) {
        Listing listing = listing(request, PageParameters.before(request));
        Map<String, Object> shown = new HashMap<>();
        Blog blog = listing.blog();
        shown.put("blog", blog == null ? null : cards.blog(blog));
        shown.put("heading", listing.heading());
        shown.put("posts", cards.posts(listing.posts().items().stream().filter(BlogPost::isPublic).toList(),
                request.locale()));
        shown.put("next", listing.posts().next() == null ? "" : listing.address() + "&before=" + listing.posts().next());
        shown.put("feeds", listing.feed() == null ? List.of() : FeedLinks.of(listing.feed(), listing.heading()));
        boolean canWrite = blog != null && request.canPost() && blogs.mayWrite(blog, request.viewerId());
        shown.put("canWrite", canWrite);
        shown.put("writeLink", blog == null ? "" : PageAddresses.write(blog.name(), null));
        addTo(shown, listing, request);
        return shown;
    }

    /** The blog a page's {@code blog} (or {@code name}) parameter names, else 404. */
    Blog blogOf(PageRequest request, String parameter) {
        return blogs.byName(PageParameters.required(request, parameter))
                .orElseThrow(() -> new PageNotFoundException("No such blog"));
    }
}
