package org.symbiose.core.moderation;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.text.Normalizer;
import java.util.logging.Logger;
import org.symbiose.api.content.InvalidItemException;

/**
 * A watched word ready to match, ignoring case and accents in French and English: accents are
 * taken off both the rule and the text ({@code Épée} and {@code epee} meet), and the pattern is
 * compiled case-insensitively, so that {@code \S} or {@code \W} keep their meaning. A word matches
 * whole words only; a regex matches anywhere, as written. Patterns run on RE2/J, in time linear in
 * the text: no moderator's pattern can backtrack for minutes on a long post.
 *
 * @param id          the rule's id
 * @param pattern     as the moderator wrote it
 * @param regex       whether it is a regular expression
 * @param action      what a match does
 * @param replacement what a censored match becomes
 * @param compiled    the compiled pattern, without accents; a word is its group 1, a regex its whole match
 */
public record WatchedRule(Long id, String pattern, boolean regex, WatchedWord.Action action, String replacement,
        Pattern compiled) {

    private static final Logger LOG = Logger.getLogger(WatchedRule.class.getName());

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** A letter or digit cannot touch a whole word; RE2 has no look-around, so the neighbours are matched. */
    private static final String NOT_WORD = "[^\\p{L}\\p{N}]";
    /** What a stored pattern that no longer compiles becomes: it matches nothing. */
    private static final Pattern NOTHING = Pattern.compile("$.^");

    /**
     * A new rule.
     *
     * @throws InvalidItemException on field {@code pattern} if it is not a regular expression RE2/J compiles
     */
    static WatchedRule of(Long id, String pattern, boolean regex, WatchedWord.Action action, String replacement) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex ? unaccented(pattern)
                    : "(?:^|" + NOT_WORD + ")(" + Pattern.quote(unaccented(pattern)) + ")(?:" + NOT_WORD + "|$)", FLAGS);
        } catch (PatternSyntaxException e) {
            throw new InvalidItemException("pattern", "Not a valid regular expression: " + e.getDescription()
                    + " (look-arounds and back-references are not available)");
        }
        return new WatchedRule(id, pattern, regex, action, replacement == null || replacement.isEmpty() ? "■■■" : replacement,
                compiled);
    }

    /**
     * A rule as stored. One saved before patterns ran on RE2/J may use what RE2/J lacks: it stays listed, so that
     * a moderator can remove it, but matches nothing.
     */
    static WatchedRule stored(Long id, String pattern, boolean regex, WatchedWord.Action action, String replacement) {
        try {
            return of(id, pattern, regex, action, replacement);
        } catch (InvalidItemException e) {
            LOG.warning("Watched word " + id + " is ignored: " + e.getMessage());
            return new WatchedRule(id, pattern, regex, action, replacement, NOTHING);
        }
    }

    /** Whether {@code text} has a match. */
    boolean matches(String text) {
        return compiled.matcher(unaccented(text)).find();
    }

    /** {@code text} with every match replaced; matches are found on the text without accents, one character for one. */
    String censor(String text) {
        Matcher matcher = compiled.matcher(unaccented(text));
        int group = regex ? 0 : 1;
        StringBuilder censored = new StringBuilder();
        int last = 0;
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            censored.append(text, last, matcher.start(group)).append(replacement);
            last = matcher.end(group);
            // a word's match ends with its neighbour, which may begin the next word: go on from the word's end
            from = matcher.end(group) > matcher.start(group) ? matcher.end(group) : matcher.end(group) + 1;
        }
        return censored.append(text, last, text.length()).toString();
    }

    /**
     * {@code text} without accents, keeping one character for each character of {@code text}, so
     * that positions found in it are positions in the original.
     */
    static String unaccented(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            plain.append(decomposed.isEmpty() ? c : decomposed.charAt(0));
        }
        return plain.toString();
    }
}
