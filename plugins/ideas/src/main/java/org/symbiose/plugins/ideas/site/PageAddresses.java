package org.symbiose.plugins.ideas.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of the ideas pages, relative to the site root, as links and redirects use them.
 * A box's and an idea's own page are the domain's ({@code Box.link()}, {@code Idea.link()}).
 */
final class PageAddresses {

    static final String PAGES = "/p/ideas/";

    private PageAddresses() {
    }

    static String home() {
        return PAGES + "index.xhtml";
    }

    /** A box's ideas in one tab ({@code trending}, {@code top}, ...), with the tab's filter when it has one. */
    static String tab(long box, String tab, String filter, String value) {
        String address = PAGES + "box.xhtml?id=" + box + "&tab=" + tab;
        return filter == null || value == null || value.isEmpty() ? address
                : address + "&" + filter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An idea's page; the same as {@code Idea.link()}, for an idea not at hand. */
    static String idea(long id) {
        return PAGES + "idea.xhtml?id=" + id;
    }

    static String propose(long box) {
        return PAGES + "propose.xhtml?box=" + box;
    }

    static String edit(long box, long idea) {
        return propose(box) + "&id=" + idea;
    }

    static String roadmap(long box) {
        return PAGES + "roadmap.xhtml?box=" + box;
    }

    static String settings(long box) {
        return PAGES + "settings.xhtml?box=" + box;
    }

    static String newBox() {
        return PAGES + "settings.xhtml";
    }
}
