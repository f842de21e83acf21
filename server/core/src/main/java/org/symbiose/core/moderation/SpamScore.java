package org.symbiose.core.moderation;

import java.util.List;
import java.util.Locale;

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

    /**
     * @param body            the new post's text
     * @param recentBodies    the author's recent posts' texts
     * @param postsLastMinute the author's posts of the last minute, before this one
     */
    static SpamScore of(String body, List<String> recentBodies, long postsLastMinute) {
        String text = normalized(body);
        boolean repeats = text.length() >= MIN_REPEATED && recentBodies.stream().map(SpamScore::normalized).anyMatch(text::equals);
        return new SpamScore(Math.min(MAX_LINKS, PostLinks.in(body).links()), repeats ? REPEATED : 0,
                (int) Math.min(MAX_SPEED, Math.max(0, postsLastMinute - USUAL_PER_MINUTE)));
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
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
