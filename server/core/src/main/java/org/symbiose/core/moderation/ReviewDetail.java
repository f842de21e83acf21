package org.symbiose.core.moderation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an entry waits, taken apart so that a page says it in its own language: the queue keeps
 * each entry's detail as one English line (the REST API shows it as is); this reads it back as a
 * message key and the values to put in it.
 *
 * @param key       {@code flag.SPAM} … {@code flag.OTHER} (arguments: the flagger's text, maybe empty),
 *                  {@code watch} (the moderator's reason), {@code newcomer}, {@code spam} (score,
 *                  threshold, links, repeated text, posting speed), {@code rule} (the watched word),
 *                  or {@code text} for a detail said by a plugin, shown as it is
 * @param arguments the values, as text
 */
public record ReviewDetail(String key, List<String> arguments) {

    private static final Pattern SPAM = Pattern.compile(Pattern.quote(SpamScore.PREFIX)
            + "(\\d+) \\(threshold (\\d+)\\): links (\\d+), repeated text (\\d+), posting speed (\\d+)");
    static final String RULE = "watched word: ";

    public ReviewDetail {
        arguments = List.copyOf(arguments);
    }

    /** The detail of an entry opened by a flag: the reason, and the flagger's words if any. */
    static String ofFlag(ItemFlag.Reason reason, String said) {
        return reason.key() + (said == null ? "" : ": " + said);
    }

    /** Reads an entry's detail; one it does not recognize is kept whole as {@code text}. */
    public static ReviewDetail of(ReviewEntry.Cause cause, String detail) {
        String said = detail == null ? "" : detail;
        switch (cause) {
            case FLAGS -> {
                String[] parts = said.split(": ", 2);
                for (ItemFlag.Reason reason : ItemFlag.Reason.values()) {
                    if (reason.key().equals(parts[0])) {
                        return new ReviewDetail("flag." + reason.name(), List.of(parts.length > 1 ? parts[1] : ""));
                    }
                }
            }
            case WATCH -> {
                if (said.startsWith(ModerationScreening.WATCHED)) {
                    return new ReviewDetail("watch", List.of(said.substring(ModerationScreening.WATCHED.length())));
                }
            }
            case NEWCOMER -> {
                return new ReviewDetail("newcomer", List.of());
            }
            case SPAM -> {
                Matcher score = SPAM.matcher(said);
                if (score.matches()) {
                    return new ReviewDetail("spam", List.of(score.group(1), score.group(2), score.group(3), score.group(4),
                            score.group(5)));
                }
            }
            case RULE -> {
                if (said.startsWith(RULE)) {
                    return new ReviewDetail("rule", List.of(said.substring(RULE.length())));
                }
            }
            default -> {
                // a plugin's own words
            }
        }
        return new ReviewDetail("text", List.of(said));
    }
}
