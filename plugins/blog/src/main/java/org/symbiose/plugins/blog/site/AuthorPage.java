package org.symbiose.plugins.blog.site;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.feed.FeedScope;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/** A member's published posts on a blog ({@code author.xhtml?blog=&id=}). */
@Component(service = PageModel.class)
public class AuthorPage extends PostListingPage {

    @Reference
    private MemberDirectory members;

    @Override
    public String name() {
        return "author";
    }

    @Override
    Listing listing(PageRequest request, Long before) {
        Blog blog = blogOf(request, "blog");
        long id = request.number("id").orElseThrow(() -> new PageNotFoundException("No author given"));
        MemberInfo author = members.find(id).orElseThrow(() -> new PageNotFoundException("No such member"));
        return new Listing(blog, blog.title() + " · " + author.ref().displayName(), posts.byAuthor(blog, id, before, PER_PAGE),
                PageAddresses.author(blog.name(), id), new FeedScope.OfBlog(blog.name()));
    }
}
