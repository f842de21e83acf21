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

    // A GFM table pads every row to the header's width, so a short body can ask for millions of
    // cells, and commonmark 0.28 builds them all. A cell renders to 9 characters or more, so this
    // many could never fit MAX_HTML anyway.
    private static final long MAX_TABLE_CELLS = 100_000;
    private static final int MAX_BLOCK_NESTING = 32;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "del", "s", "sub", "sup", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td", "a")
            // relative links stay allowed: without a scheme they cannot run script
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            // an image loads without a click: never from mailto or a relative URL on this site
            .allowElements((name, attributes) -> hasSource(attributes) ? name : null, "img")
            .allowAttributes("src").matching(Pattern.compile("(?i)https?://.+")).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}")).onElements("code")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).maxOpenBlockParsers(MAX_BLOCK_NESTING).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /**
     * The sanitized HTML of {@code markdown}.
     *
     * @throws InvalidItemException (field {@code body}) if the HTML would be longer than
     *                              {@link #MAX_HTML} or the Markdown too complex to render
     */
    public String toHtml(String markdown) {
        if (tableCellsAtMost(markdown) > MAX_TABLE_CELLS) {
            throw tooLarge();
        }
        String html;
        try {
            Node document = parser.parse(markdown);
            BoundedHtml raw = new BoundedHtml();
            renderer.render(document, raw);
            html = POLICY.sanitize(raw.toString());
        } catch (StackOverflowError e) {
            // Inline nesting (***a ***b ...) recurses without bound in commonmark 0.28. Parsing shares
            // no state with the rest of the server, so the thread is safe to go on.
            throw new InvalidItemException("body", "The text is nested too deeply");
        }
        if (html.length() > MAX_HTML) {
            throw tooLarge();
        }
        return html;
    }

    /**
     * An upper bound of the table cells the parser would create, found without parsing: a table
     * ends at a blank line, and has at most one column more than its header line has pipes.
     */
    private static long tableCellsAtMost(String markdown) {
        long cells = 0;
        long lines = 0;
        long widest = 0;
        for (String line : (Iterable<String>) markdown.lines()::iterator) {
            if (isBlank(line)) {
                cells += lines * (widest + 1);
                lines = 0;
                widest = 0;
            } else {
                lines++;
                widest = Math.max(widest, line.chars().filter(c -> c == '|').count());
            }
        }
        return cells + lines * (widest + 1);
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

    // CommonMark's own definition: only spaces and tabs, unlike String.isBlank.
    private static boolean isBlank(String line) {
        return line.chars().allMatch(c -> c == ' ' || c == '\t');
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
