package org.symbiose.plugins.blog.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import java.util.Date;
import java.util.List;

/** A {@link Feed} as Rome's Atom 1.0 model (RFC 4287). */
final class AtomDocument {

    private AtomDocument() {
    }

    static com.rometools.rome.feed.atom.Feed of(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setId(feed.id());
        atom.setTitleEx(text(feed.title()));
        if (!feed.description().isBlank()) {
            atom.setSubtitle(text(feed.description()));
        }
        atom.setLanguage(feed.language());
        atom.setUpdated(Date.from(feed.updated()));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", feed.page().toString())));
        atom.setOtherLinks(List.of(link("self", FeedFormat.ATOM.mediaType(), feed.self().toString())));
        atom.setEntries(feed.entries().stream().map(AtomDocument::entry).toList());
        return atom;
    }

    private static Entry entry(FeedEntry shown) {
        Entry entry = new Entry();
        entry.setId(shown.id());
        entry.setTitleEx(text(shown.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", shown.link().toString())));
        Person author = new Person();
        author.setName(shown.author());
        entry.setAuthors(List.of(author));
        entry.setPublished(Date.from(shown.published()));
        entry.setUpdated(Date.from(shown.updated()));
        if (!shown.summary().isBlank()) {
            entry.setSummary(text(shown.summary()));
        }
        Content html = new Content();
        html.setType(Content.HTML);
        html.setValue(shown.html());
        entry.setContents(List.of(html));
        entry.setCategories(shown.categories().stream().map(name -> {
            Category category = new Category();
            category.setTerm(name);
            return category;
        }).toList());
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
