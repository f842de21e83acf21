package org.symbiose.core.moderation;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.symbiose.api.content.InvalidItemException;

/**
 * A watched word ready to match, ignoring case and accents in French and English: both the rule
 * and the text are folded ({@code Épée} and {@code epee} meet). A word matches whole words only;
 * a regex matches anywhere, as written.
 *
 * @param id          the rule's id
 * @param pattern     as the moderator wrote it
 * @param regex       whether it is a regular expression
 * @param action      what a match does
 * @param replacement what a censored match becomes
 * @param compiled    the folded, compiled pattern
 */
public record WatchedRule(Long id, String pattern, boolean regex, WatchedWord.Action action, String replacement,
        Pattern compiled) {

    static WatchedRule of(Long id, String pattern, boolean regex, WatchedWord.Action action, String replacement) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex ? fold(pattern) : "(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(pattern))
                    + "(?![\\p{L}\\p{N}])", Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new InvalidItemException("pattern", "Not a valid regular expression: " + e.getDescription());
        }
        return new WatchedRule(id, pattern, regex, action, replacement == null || replacement.isEmpty() ? "■■■" : replacement,
                compiled);
    }

    /** Whether {@code text} has a match. */
    boolean matches(String text) {
        return compiled.matcher(fold(text)).find();
    }

    /** {@code text} with every match replaced; matches are found on the folded text, one character for one. */
    String censor(String text) {
        Matcher matcher = compiled.matcher(fold(text));
        StringBuilder censored = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            censored.append(text, last, matcher.start()).append(replacement);
            last = matcher.end();
        }
        return censored.append(text, last, text.length()).toString();
    }

    /**
     * Lower case without accents, keeping one character for each character of {@code text}, so
     * that positions found in the folded text are positions in the original.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            folded.append(Character.toLowerCase(decomposed.isEmpty() ? c : decomposed.charAt(0)));
        }
        return folded.toString();
    }
}
