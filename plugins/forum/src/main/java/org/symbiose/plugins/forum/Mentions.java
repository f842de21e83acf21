package org.symbiose.plugins.forum;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The display names a Markdown text mentions: {@code @Name} (letters, digits, {@code _ . -}), or
 * {@code @"Name with spaces"}. Code (fenced blocks and inline spans) mentions nobody, and an
 * {@code @} inside a word (an e-mail address) is no mention.
 */
public final class Mentions {

    /** Most names one post may notify, so a post cannot spam the whole community. */
    public static final int MAX = 10;

    private static final Pattern FENCED = Pattern.compile("(?ms)^(```|~~~).*?(^\\1|\\z)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@])@(?:\"([^\"\\n]{1,60})\"|([\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{0,59}))");

    private Mentions() {
    }

    /** The names mentioned, in order of first mention, each once, at most {@link #MAX}. */
    public static List<String> in(String markdown) {
        String prose = INLINE_CODE.matcher(FENCED.matcher(markdown).replaceAll(" ")).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(prose);
        while (matcher.find() && names.size() < MAX) {
            String name = matcher.group(1) != null ? matcher.group(1).strip() : trimEnd(matcher.group(2));
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** A sentence's full stop or a dash after a name is punctuation, not part of it. */
    private static String trimEnd(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == '-')) {
            end--;
        }
        return name.substring(0, end);
    }
}
