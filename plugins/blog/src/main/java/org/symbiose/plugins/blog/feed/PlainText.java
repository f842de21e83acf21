package org.symbiose.plugins.blog.feed;

/**
 * Markdown or HTML as a line of plain text, shortened: what a feed's description, a list's
 * excerpt and an Open Graph description show.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Markdown without its marks, at most {@code max} characters. */
    public static String ofMarkdown(String markdown, int max) {
        if (markdown == null) {
            return "";
        }
        String text = markdown.replaceAll("[#*_`>]", "").replaceAll("\\]\\([^)]*\\)", "").replace("[", "")
                .replaceAll("\\s+", " ").strip();
        return text.length() > max ? text.substring(0, max - 1).strip() + "…" : text;
    }

    /** Sanitized HTML without its tags, at most {@code max} characters. */
    public static String ofHtml(String html, int max) {
        if (html == null) {
            return "";
        }
        // a block's end separates words, an inline tag does not: "**doux**." stays "doux."
        String text = html.replaceAll("(?i)</?(p|div|br|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td|th|hr|figure)\\b[^>]*>", " ")
                .replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        return text.length() > max ? text.substring(0, max - 1).strip() + "…" : text;
    }
}
