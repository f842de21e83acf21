package org.symbiose.plugins.blog.site;

import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.symbiose.plugins.blog.feed.FeedScope;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageRequest;

/** Every blog's posts with a tag ({@code tag.xhtml?tag=}); an unknown tag lists nothing. */
@Component(service = PageModel.class)
public class TagPage extends PostListingPage {

    @Override
    public String name() {
        return "tag";
    }

    @Override
    Listing listing(PageRequest request, Long before) {
        String tag = PageParameters.required(request, "tag").toLowerCase(Locale.ROOT);
        return new Listing(null, "#" + tag, posts.byTag(null, tag, before, PER_PAGE), PageAddresses.tag(tag),
                new FeedScope.OfTag(tag));
    }
}
