package org.symbiose.plugins.blog.site;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.osgi.service.component.annotations.Component;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.feed.FeedScope;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/** A blog's posts published in a month ({@code archive.xhtml?blog=&month=2026-12}). */
@Component(service = PageModel.class)
public class ArchivePage extends PostListingPage {

    @Override
    public String name() {
        return "archive";
    }

    @Override
    Listing listing(PageRequest request, Long before) {
        Blog blog = blogOf(request, "blog");
        YearMonth month = PageParameters.month(request).orElseThrow(() -> new PageNotFoundException("No month given"));
        String heading = blog.title() + " · " + DateTimeFormatter.ofPattern("LLLL yyyy", request.locale()).format(month);
        return new Listing(blog, heading, posts.byMonth(blog, month, before, PER_PAGE),
                PageAddresses.archive(blog.name(), month), new FeedScope.OfBlog(blog.name()));
    }
}
