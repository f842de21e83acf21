package org.symbiose.core.moderation;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A simple spam score of a new post: its links, text repeated from the author's recent posts,
 * and how fast the author is posting.
 *
 * @param links    1 per link, at most {@value #MAX_LINKS}
 * @param repeated {@value #REPEATED} when the text (of {@value #MIN_REPEATED} characters or more)
 *                 repeats one of the author's recent posts
 * @param speed    1 per post of the last minute beyond {@value #USUAL_PER_MINUTE}, at most {@value #MAX_SPEED}
 */
public record SpamScore(int links, int repeated, int speed) {

    /** How a held item's detail starts, so the queue knows its cause. */
    static final String PREFIX = "spam score ";
    static final int DEFAULT_THRESHOLD = 10;
    static final int MAX_LINKS = 10;
    static final int REPEATED = 5;
    // "thanks!" and "+1" repeat without being spam
    static final int MIN_REPEATED = 20;
    static final int USUAL_PER_MINUTE = 3;
    static final int MAX_SPEED = 5;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * @param body            the new post's text
     * @param links           the links in it
     * @param postsLastMinute the author's posts of the last minute, before this one
     * @param threshold       the score that holds a post for review
     * @param recentBodies    the author's recent posts' texts: read only when a repeat would bring
     *                        the score to the threshold (for most posts it cannot)
     */
    static SpamScore of(String body, PostLinks links, long postsLastMinute, int threshold, Supplier<List<String>> recentBodies) {
        SpamScore unrepeated = new SpamScore(Math.min(MAX_LINKS, links.links()), 0,
                (int) Math.min(MAX_SPEED, Math.max(0, postsLastMinute - USUAL_PER_MINUTE)));
        String text = normalized(body);
        if (text.length() < MIN_REPEATED || unrepeated.total() + REPEATED < threshold) {
            return unrepeated;
        }
        boolean repeats = recentBodies.get().stream().map(SpamScore::normalized).anyMatch(text::equals);
        return repeats ? new SpamScore(unrepeated.links, REPEATED, unrepeated.speed) : unrepeated;
    }

    public int total() {
        return links + repeated + speed;
    }

    /** What the queue shows: the score and its parts. */
    String detail(int threshold) {
        return PREFIX + total() + " (threshold " + threshold + "): links " + links + ", repeated text " + repeated
                + ", posting speed " + speed;
    }

    private static String normalized(String text) {
        return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
