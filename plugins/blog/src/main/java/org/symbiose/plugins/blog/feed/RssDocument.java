package org.symbiose.plugins.blog.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * A {@link Feed} as Rome's RSS 2.0 model. RSS's own {@code author} must be an e-mail address,
 * which members' names are not and their addresses must not become: the author goes in Dublin
 * Core's {@code dc:creator}, as most blogs do.
 */
final class RssDocument {

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RssDocument() {
    }

    static Channel of(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.page().toString());
        // required by RSS 2.0, and not empty
        channel.setDescription(feed.description().isBlank() ? feed.title() : feed.description());
        channel.setLanguage(feed.language());
        channel.setLastBuildDate(Date.from(feed.updated()));
        channel.setPubDate(Date.from(feed.updated()));
        // the feed's own address, as the RSS Advisory Board recommends
        Element self = new Element("link", ATOM);
        self.setAttribute("href", feed.self().toString());
        self.setAttribute("rel", "self");
        self.setAttribute("type", FeedFormat.RSS.mediaType());
        List<Element> foreign = new ArrayList<>(channel.getForeignMarkup());
        foreign.add(self);
        channel.setForeignMarkup(foreign);
        channel.setItems(feed.entries().stream().map(RssDocument::item).toList());
        return channel;
    }

    private static Item item(FeedEntry shown) {
        Item item = new Item();
        item.setTitle(shown.title());
        item.setLink(shown.link().toString());
        Guid guid = new Guid();
        guid.setValue(shown.id());
        guid.setPermaLink(shown.id().equals(shown.link().toString()));
        item.setGuid(guid);
        item.setPubDate(Date.from(shown.published()));
        Description description = new Description();
        description.setType("text/html");
        description.setValue(shown.html());
        item.setDescription(description);
        item.setCategories(shown.categories().stream().map(name -> {
            Category category = new Category();
            category.setValue(name);
            return category;
        }).toList());
        DCModule dublinCore = new DCModuleImpl();
        dublinCore.setCreator(shown.author());
        item.setModules(new ArrayList<>(List.of(dublinCore)));
        return item;
    }
}
