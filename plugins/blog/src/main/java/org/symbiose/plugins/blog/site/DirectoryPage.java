package org.symbiose.plugins.blog.site;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.feed.FeedScope;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageRequest;

/** The blog directory ({@code index.xhtml?before=}): the blogs, a page at a time, and the latest posts of all. */
@Component(service = PageModel.class)
public class DirectoryPage implements PageModel {

    private static final int BLOGS = 30;
    private static final int LATEST = 10;

    @Reference
    private Blogs blogs;

    @Reference
    private BlogPosts posts;

    @Reference
    private PostCards cards;

    @Override
    public String name() {
        return "directory";
    }

    @Override
    public Object model(PageRequest request) {
        var shown = blogs.list(PageParameters.before(request), BLOGS);
        return Map.of("blogs", shown.items().stream().map(cards::blog).toList(),
                "next", shown.next() == null ? "" : PageAddresses.directory() + "?before=" + shown.next(),
                "latest", cards.posts(posts.latest(null, LATEST).items(), request.locale()),
                "feeds", FeedLinks.of(new FeedScope.Site(), "Blogs"));
    }
}
