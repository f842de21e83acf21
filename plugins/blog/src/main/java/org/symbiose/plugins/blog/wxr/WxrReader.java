package org.symbiose.plugins.blog.wxr;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.symbiose.plugins.blog.xml.SafeXml;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) through the plugin's safe parser. WordPress writes each version's
 * own namespace ({@code http://wordpress.org/export/1.2/}), so elements are matched on the namespace's stem.
 */
public final class WxrReader {

    /** The versions read; WordPress has written 1.2 since 3.4 and 1.1 before. */
    public static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2");

    private static final String WP = "http://wordpress.org/export/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SafeXml xml;

    public WxrReader(SafeXml xml) {
        this.xml = xml;
    }

    /**
     * The export in {@code in} (not closed).
     *
     * @throws org.symbiose.plugins.blog.xml.XmlRefusedException if it is not well-formed or not safe XML
     * @throws NotWxrException                                   if it is XML but not a WordPress export
     */
    public WordPressExport read(InputStream in) {
        return xml.read(in, this::document);
    }

    private WordPressExport document(XMLStreamReader reader) throws XMLStreamException {
        reader.nextTag();
        if (!"rss".equals(reader.getLocalName())) {
            throw new NotWxrException("Not a WordPress export: the document is <" + reader.getLocalName() + ">, not <rss>");
        }
        Channel channel = null;
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if ("channel".equals(reader.getLocalName()) && channel == null) {
                channel = channel(reader);
            } else {
                skip(reader);
            }
        }
        if (channel == null || channel.version == null) {
            throw new NotWxrException("Not a WordPress export: an RSS file without wp:wxr_version");
        }
        if (!VERSIONS.contains(channel.version)) {
            throw new NotWxrException("WXR version " + channel.version + " is not one this import reads (1.0 to 1.2)");
        }
        return new WordPressExport(channel.title, channel.link, channel.language, channel.version, channel.authors,
                channel.categories, channel.tags, channel.items);
    }

    private static final class Channel {
        String title = "";
        String link = "";
        String language = "";
        String version;
        final List<WxrAuthor> authors = new ArrayList<>();
        final List<WxrTerm> categories = new ArrayList<>();
        final List<WxrTerm> tags = new ArrayList<>();
        final List<WxrItem> items = new ArrayList<>();
    }

    private Channel channel(XMLStreamReader reader) throws XMLStreamException {
        Channel channel = new Channel();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            if (isWp(reader)) {
                switch (name) {
                    case "wxr_version" -> channel.version = text(reader);
                    case "author" -> channel.authors.add(author(fields(reader)));
                    case "category" -> {
                        Map<String, String> f = fields(reader);
                        channel.categories.add(new WxrTerm(f.getOrDefault("category_nicename", ""),
                                f.getOrDefault("cat_name", ""), f.getOrDefault("category_parent", ""),
                                f.getOrDefault("category_description", "")));
                    }
                    case "tag" -> {
                        Map<String, String> f = fields(reader);
                        channel.tags.add(new WxrTerm(f.getOrDefault("tag_slug", ""), f.getOrDefault("tag_name", ""), "",
                                f.getOrDefault("tag_description", "")));
                    }
                    default -> skip(reader);
                }
            } else if (reader.getNamespaceURI() == null || reader.getNamespaceURI().isEmpty()) {
                switch (name) {
                    case "title" -> channel.title = text(reader);
                    case "link" -> channel.link = text(reader);
                    case "language" -> channel.language = text(reader);
                    case "item" -> {
                        if (channel.version == null) {
                            throw new NotWxrException("Not a WordPress export: items come before wp:wxr_version");
                        }
                        channel.items.add(item(reader));
                    }
                    default -> skip(reader);
                }
            } else {
                skip(reader);
            }
        }
        return channel;
    }

    private static WxrAuthor author(Map<String, String> f) {
        String login = f.getOrDefault("author_login", "");
        String display = f.getOrDefault("author_display_name", "");
        return new WxrAuthor(f.getOrDefault("author_id", ""), login, f.getOrDefault("author_email", ""),
                display.isBlank() ? login : display);
    }

    private WxrItem item(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> f = new HashMap<>();
        List<WxrTerm> categories = new ArrayList<>();
        List<WxrTerm> tags = new ArrayList<>();
        List<WxrComment> comments = new ArrayList<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            String ns = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
            if (ns.isEmpty() && "category".equals(name)) {
                String domain = attribute(reader, "domain");
                String slug = attribute(reader, "nicename");
                String label = text(reader).strip();
                WxrTerm term = new WxrTerm(slug.isEmpty() ? label : slug, label, "", "");
                if ("category".equals(domain)) {
                    categories.add(term);
                } else if ("post_tag".equals(domain)) {
                    tags.add(term);
                }
            } else if (isWp(reader) && "comment".equals(name)) {
                comments.add(comment(fields(reader)));
            } else if (isWp(reader) && "postmeta".equals(name)) {
                skip(reader);
            } else if (ns.isEmpty()) {
                f.put(name, text(reader));
            } else if (ns.equals(CONTENT) && "encoded".equals(name)) {
                f.put("content", text(reader));
            } else if (ns.startsWith(WP) && ns.endsWith("/excerpt/") && "encoded".equals(name)) {
                f.put("excerpt", text(reader));
            } else if (ns.equals(DC) && "creator".equals(name)) {
                f.put("creator", text(reader).strip());
            } else if (isWp(reader)) {
                f.put("wp:" + name, text(reader).strip());
            } else {
                skip(reader);
            }
        }
        Instant date = firstDate(f.get("wp:post_date_gmt"), f.get("wp:post_date"), f.get("pubDate"));
        return new WxrItem(f.getOrDefault("wp:post_id", ""), f.getOrDefault("wp:post_type", "post"),
                f.getOrDefault("title", ""), f.getOrDefault("link", ""), f.getOrDefault("creator", ""),
                f.getOrDefault("content", ""), f.getOrDefault("excerpt", ""), date, f.getOrDefault("wp:status", "publish"),
                f.getOrDefault("wp:post_name", ""), f.getOrDefault("wp:post_parent", ""), categories, tags,
                f.getOrDefault("wp:attachment_url", ""), comments);
    }

    private static WxrComment comment(Map<String, String> f) {
        String parent = f.getOrDefault("comment_parent", "");
        return new WxrComment(f.getOrDefault("comment_id", ""), "0".equals(parent) ? "" : parent,
                f.getOrDefault("comment_author", ""), f.getOrDefault("comment_author_email", ""),
                f.getOrDefault("comment_author_url", ""),
                firstDate(f.get("comment_date_gmt"), f.get("comment_date"), null), f.getOrDefault("comment_content", ""),
                WxrComment.Approval.of(f.getOrDefault("comment_approved", "0")), f.getOrDefault("comment_type", "").strip(),
                f.getOrDefault("comment_user_id", ""));
    }

    /** The text of each child element of a WordPress record ({@code wp:author}, {@code wp:comment}), by name. */
    private Map<String, String> fields(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            if (isWp(reader) && !"commentmeta".equals(name) && !"termmeta".equals(name)) {
                String value = text(reader);
                fields.put(name, name.endsWith("_content") || name.endsWith("description") ? value : value.strip());
            } else {
                skip(reader);
            }
        }
        return fields;
    }

    private static boolean isWp(XMLStreamReader reader) {
        String ns = reader.getNamespaceURI();
        return ns != null && ns.startsWith(WP) && !ns.endsWith("/excerpt/");
    }

    private static String attribute(XMLStreamReader reader, String name) {
        String value = reader.getAttributeValue(null, name);
        return value == null ? "" : value.strip();
    }

    /** The text of an element; an element holding elements where text was expected is skipped as empty. */
    private static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("The document ends inside an element");
                default -> {
                }
            }
        }
        return text.toString();
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        text(reader);
    }

    /** The first of WordPress's dates that says something: GMT first, then local time (taken as UTC), then RSS's. */
    private static Instant firstDate(String gmt, String local, String rss) {
        for (String wp : new String[] {gmt, local}) {
            if (wp != null && !wp.isBlank() && !wp.startsWith("0000")) {
                try {
                    return LocalDateTime.parse(wp.strip(), WP_DATE).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    // try the next one
                }
            }
        }
        if (rss != null && !rss.isBlank()) {
            try {
                return ZonedDateTime.parse(rss.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                // none left
            }
        }
        return null;
    }
}
