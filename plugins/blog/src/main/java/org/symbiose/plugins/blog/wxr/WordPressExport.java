package org.symbiose.plugins.blog.wxr;

import java.util.List;

/**
 * A WordPress export (WXR) as read, independent of the blog's own model: what the import maps from.
 *
 * @param title      the site's title
 * @param link       the site's address
 * @param language   its language, such as {@code fr-FR}; may be empty
 * @param wxrVersion {@code 1.1} or {@code 1.2} (1.0 is read the same way)
 * @param authors    the site's authors
 * @param categories the categories, parents before children as WordPress writes them
 * @param tags       the tags
 * @param items      posts, pages, attachments and whatever else the site held, in file order
 */
public record WordPressExport(String title, String link, String language, String wxrVersion, List<WxrAuthor> authors,
        List<WxrTerm> categories, List<WxrTerm> tags, List<WxrItem> items) {

    public WordPressExport {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        items = List.copyOf(items);
    }
}
