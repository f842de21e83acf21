package org.symbiose.plugins.blog.site;

import org.osgi.service.component.annotations.Component;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.feed.FeedScope;
import org.symbiose.plugins.blog.post.Category;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/** A blog's posts in one of its categories ({@code category.xhtml?blog=&category=<slug>}). */
@Component(service = PageModel.class)
public class CategoryPage extends PostListingPage {

    @Override
    public String name() {
        return "category";
    }

    @Override
    Listing listing(PageRequest request, Long before) {
        Blog blog = blogOf(request, "blog");
        String slug = PageParameters.required(request, "category");
        Category category = posts.categories(blog).stream().filter(known -> known.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new PageNotFoundException("No such category"));
        return new Listing(blog, blog.title() + " · " + category.name(), posts.byCategory(blog, slug, before, PER_PAGE),
                PageAddresses.category(blog.name(), slug), new FeedScope.OfCategory(blog.name(), slug));
    }
}
