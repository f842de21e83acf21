package org.symbiose.plugins.blog.site;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.member.Permissions;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogPermissions;
import org.symbiose.plugins.blog.feed.FeedScope;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageRequest;

/**
 * A blog's home ({@code blog.xhtml?name=&before=}): its description, its published posts, its
 * categories and the months of the posts shown; for its team, the drafts, posts in review and
 * scheduled posts, and the way to the writing page; for importers, the way to the WordPress import.
 */
@Component(service = PageModel.class)
public class BlogHomePage extends PostListingPage {

    private static final int UNPUBLISHED = 20;

    @Reference
    private ContentStore store;

    @Reference
    private Permissions permissions;

    @Override
    public String name() {
        return "blog";
    }

    @Override
    Listing listing(PageRequest request, Long before) {
        Blog blog = blogOf(request, "name");
        return new Listing(blog, blog.title(), posts.published(blog, before, PER_PAGE), PageAddresses.blog(blog.name()),
                new FeedScope.OfBlog(blog.name()));
    }

    @Override
    void addTo(Map<String, Object> shown, Listing listing, PageRequest request) {
        Blog blog = listing.blog();
        shown.put("descriptionHtml", blog.description() == null || blog.description().isBlank() ? ""
                : store.render(blog.description()));
        shown.put("categories", posts.categories(blog).stream().map(category -> Map.of("name", category.name(),
                "link", PageAddresses.category(blog.name(), category.slug()))).toList());
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL yyyy", request.locale());
        shown.put("months", listing.posts().items().stream()
                .map(post -> YearMonth.from(post.date().atZone(ZoneOffset.UTC))).distinct()
                .map(month -> Map.of("name", monthName.format(month), "link", PageAddresses.archive(blog.name(), month)))
                .toList());
        List<Map<String, Object>> unpublished = request.viewerId() == null ? List.of()
                : posts.unpublished(blog, request.viewerId(), null, UNPUBLISHED).items().stream().map(post -> {
                    Map<String, Object> card = cards.post(post, blog, request.locale());
                    card.put("due", post.publishAt() == null ? "" : PostCards.dateTime(post.publishAt(), request.locale()));
                    return card;
                }).toList();
        shown.put("unpublished", unpublished);
        shown.put("importLink", request.viewerId() != null && permissions.allows(request.viewerId(), BlogPermissions.IMPORT)
                ? PageAddresses.importing(blog.name(), null) : "");
    }
}
