package org.symbiose.core.moderation;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.symbiose.core.content.MarkdownRenderer;

/**
 * The links and images in a post, counted on its parsed Markdown as the site renders it: links inline,
 * reference-style ({@code [text][ref]}) and autolinks ({@code <https://…>}), images inline and reference-style,
 * {@code <a href>} and {@code <img>} in raw HTML, and web addresses written out in the text (a reader copies them).
 *
 * @param links  how many links
 * @param images how many images
 */
record PostLinks(int links, int images) {

    private static final Pattern ADDRESS = Pattern.compile("\\b(?:https?://|www\\.)[^\\s)\"'<>]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_IMAGE = Pattern.compile("<img\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_LINK = Pattern.compile("<a\\b[^>]*\\bhref", Pattern.CASE_INSENSITIVE);

    static PostLinks in(String text) {
        if (text == null || text.isEmpty()) {
            return new PostLinks(0, 0);
        }
        Counter counter = new Counter();
        MarkdownRenderer.parser().parse(text).accept(counter);
        return new PostLinks(counter.links, counter.images);
    }

    private static final class Counter extends AbstractVisitor {
        private int links;
        private int images;
        /** Inside a link, an address in its text is that link again. */
        private int linkDepth;

        @Override
        public void visit(Link link) {
            links++;
            linkDepth++;
            visitChildren(link);
            linkDepth--;
        }

        @Override
        public void visit(Image image) {
            images++;
            // its alt text is no link
            linkDepth++;
            visitChildren(image);
            linkDepth--;
        }

        @Override
        public void visit(Text text) {
            addresses(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            addresses(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock code) {
            addresses(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            addresses(code.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            html(html.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            html(html.getLiteral());
        }

        private void addresses(String literal) {
            if (linkDepth == 0) {
                links += (int) ADDRESS.matcher(literal).results().count();
            }
        }

        private void html(String literal) {
            images += (int) HTML_IMAGE.matcher(literal).results().count();
            links += (int) HTML_LINK.matcher(literal).results().count();
        }
    }
}
