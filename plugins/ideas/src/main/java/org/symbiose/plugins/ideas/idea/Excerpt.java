package org.symbiose.plugins.ideas.idea;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of an idea's text, plain, as lists show it: a card says what the idea is about, and
 * whoever wants the whole of it opens the idea. Made from the sanitized HTML rather than from the
 * Markdown, so that no Markdown syntax shows.
 */
final class Excerpt {

    /** At most this many characters, an ellipsis included. */
    static final int LENGTH = 200;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** The entities a sanitizer writes: numeric ones and the five of XML, plus the non-breaking space, kept one. */
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Excerpt() {
    }

    /** The plain text of {@code sanitizedHtml}, cut at a word before {@value #LENGTH} characters. */
    static String of(String sanitizedHtml) {
        if (sanitizedHtml == null || sanitizedHtml.isEmpty()) {
            return "";
        }
        String text = SPACES.matcher(decoded(TAG.matcher(sanitizedHtml).replaceAll(" "))).replaceAll(" ").strip();
        if (text.length() <= LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LENGTH - 1);
        if (cut < LENGTH / 2) {
            cut = LENGTH - 1;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static String decoded(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(character(entity.group(1))));
        }
        return entity.appendTail(out).toString();
    }

    private static String character(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default -> {
                int code = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(code) ? Character.toString(code) : "\uFFFD";
            }
        };
    }
}
