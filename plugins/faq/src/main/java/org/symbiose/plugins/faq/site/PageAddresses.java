package org.symbiose.plugins.faq.site;

/** The addresses of the FAQ pages, relative to the site root, as links and redirects use them. */
final class PageAddresses {

    static final String PAGES = "/p/faq/";

    private PageAddresses() {
    }

    static String home() {
        return PAGES + "index.xhtml";
    }

    static String entry(long id) {
        return PAGES + "entry.xhtml?id=" + id;
    }

    /** The entry in the language the reader chose, not the one their own language would lead to. */
    static String chosen(long id) {
        return entry(id) + "&chosen=1";
    }

    static String edit(long id) {
        return PAGES + "edit.xhtml?id=" + id;
    }

    static String create() {
        return PAGES + "edit.xhtml";
    }

    /** A new entry translating {@code id} into {@code language}. */
    static String translate(long id, String language) {
        return create() + "?translation=" + id + "&language=" + language;
    }

    static String freshness() {
        return PAGES + "freshness.xhtml";
    }
}
