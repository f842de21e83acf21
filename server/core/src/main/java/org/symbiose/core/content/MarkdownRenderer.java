package org.symbiose.core.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.symbiose.api.content.InvalidItemException;

/**
 * Turns an item's Markdown body into HTML that is safe to show as is: CommonMark with GitHub
 * tables, then sanitized by an explicit allow-list, so raw HTML in the Markdown survives only as
 * harmless formatting. Thread-safe.
 */
@ApplicationScoped
public class MarkdownRenderer {

    /** Longest HTML a body may render to, in characters (the size of {@code item.body_html}). */
    public static final int MAX_HTML = 400_000;

    // A GFM table pads every row to its header's width, so a short body could ask for millions of
    // cells, and deep inline nesting costs stack in the renderers. No readable text needs more than
    // these; the parser counts cells per table and leaves deeper nesting as plain text. The cell
    // limit is per table, so a body of many tables still builds up to ~100 x this many cells.
    private static final int MAX_TABLE_CELLS = 1_000;
    private static final int MAX_INLINE_NESTING = 100;
    private static final int MAX_BLOCK_NESTING = 32;

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.builder().maxCells(MAX_TABLE_CELLS).build());

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "del", "s", "sub", "sup", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td", "a")
            // relative links stay allowed: without a scheme they cannot run script
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            // an image loads without a click: never from mailto, nor from a relative URL on this site
            // (it would send a request as the reader) but for an uploaded file, which only serves bytes,
            // at its address with its key
            .allowElements((name, attributes) -> hasSource(attributes) ? name : null, "img")
            .allowAttributes("src").matching(Pattern.compile("(?i:https?)://.+|/api/v1/files/[0-9]{1,19}\\?key=[A-Za-z0-9_-]{22}"))
            .onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}")).onElements("code")
            .toFactory();

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .maxOpenBlockParsers(MAX_BLOCK_NESTING).maxInlineNesting(MAX_INLINE_NESTING).build();

    private final Parser parser = PARSER;
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /**
     * The parser bodies are rendered with (thread-safe): what reads a body's Markdown tree sees what readers will.
     */
    public static Parser parser() {
        return PARSER;
    }

    /**
     * The sanitized HTML of {@code markdown}.
     *
     * @throws InvalidItemException (field {@code body}) if the HTML would be longer than
     *                              {@link #MAX_HTML} or a table has too many cells
     */
    public String toHtml(String markdown) {
        Node document;
        try {
            document = parser.parse(markdown);
        } catch (IllegalArgumentException e) {
            // the tables extension's only way to say a table went over MAX_TABLE_CELLS
            throw new InvalidItemException("body", "A table has more than " + MAX_TABLE_CELLS + " cells");
        }
        BoundedHtml raw = new BoundedHtml();
        renderer.render(document, raw);
        String html = POLICY.sanitize(raw.toString());
        if (html.length() > MAX_HTML) {
            throw tooLarge();
        }
        return html;
    }

    /** Whether an image kept its source: {@code attributes} alternates names and values. */
    private static boolean hasSource(List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals("src")) {
                return true;
            }
        }
        return false;
    }

    private static InvalidItemException tooLarge() {
        return new InvalidItemException("body", "The text renders to more than " + MAX_HTML + " characters of HTML");
    }

    /** Stops rendering as soon as the HTML is too long, so a few repeated links cannot fill memory. */
    private static final class BoundedHtml implements Appendable {
        private final StringBuilder html = new StringBuilder();

        @Override
        public Appendable append(CharSequence text) {
            if (html.length() + text.length() > MAX_HTML) {
                throw tooLarge();
            }
            html.append(text);
            return this;
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) {
            return append(text.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            return append(String.valueOf(c));
        }

        @Override
        public String toString() {
            return html.toString();
        }
    }
}
