package org.symbiose.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SpamScoreTest {

    private static final String OFFER = "Des montres de luxe à prix cassés, écrivez-moi vite";

    @Test
    void linksCountOneEachUpToTen() {
        assertThat(score("see https://a.example and www.b.example", List.of(), 0)).isEqualTo(new SpamScore(2, 0, 0));
        assertThat(score("https://x.example ".repeat(15), List.of(), 0).links()).isEqualTo(10);
    }

    @Test
    void textRepeatedFromARecentPostCountsIgnoringCaseAndSpaces() {
        assertThat(score(OFFER, List.of("other", "  " + OFFER.toUpperCase() + " "), 0).repeated()).isEqualTo(5);
        assertThat(score(OFFER.replace(" ", "\n  "), List.of(OFFER), 0).repeated()).isEqualTo(5);
        assertThat(score(OFFER, List.of("something else"), 0).repeated()).isZero();
        assertThat(score("Merci !", List.of("Merci !"), 0).repeated()).as("short replies repeat innocently").isZero();
    }

    @Test
    void postingFastCountsBeyondThreePerMinuteUpToFive() {
        assertThat(score("x", List.of(), 3).speed()).isZero();
        assertThat(score("x", List.of(), 5).speed()).isEqualTo(2);
        assertThat(score("x", List.of(), 50).speed()).isEqualTo(5);
    }

    @Test
    void theDetailListsTheScoresParts() {
        SpamScore score = score(OFFER + " https://montres.example", List.of(OFFER + " https://montres.example"), 6);
        assertThat(score.total()).isEqualTo(9);
        assertThat(score.detail(8)).isEqualTo("spam score 9 (threshold 8): links 1, repeated text 5, posting speed 3");
        assertThat(ModerationScreening.causeOf(score.detail(8))).isEqualTo(ReviewEntry.Cause.SPAM);
        assertThat(ModerationScreening.causeOf(ModerationScreening.WATCHED + "spam last week")).isEqualTo(ReviewEntry.Cause.WATCH);
        assertThat(ModerationScreening.causeOf("watched word: casino")).isEqualTo(ReviewEntry.Cause.RULE);
    }

    @Test
    void theRecentTextsAreReadOnlyWhenARepeatCouldReachTheThreshold() {
        Supplier<List<String>> unread = () -> {
            throw new AssertionError("read although a repeat could not reach the threshold");
        };
        assertThat(SpamScore.of(OFFER, PostLinks.in(OFFER), 6, 10, unread)).isEqualTo(new SpamScore(0, 0, 3));
        assertThat(SpamScore.of("Merci !", PostLinks.in("Merci !"), 50, 0, unread).repeated()).isZero();
        assertThat(SpamScore.of(OFFER, PostLinks.in(OFFER), 8, 10, () -> List.of(OFFER)).total()).isEqualTo(10);
    }

    @Test
    void imagesAreCountedApartFromLinks() {
        assertThat(PostLinks.in("![chat](https://img.example/c.png) <IMG src=\"https://img.example/d.png\"> and https://site.example"))
                .isEqualTo(new PostLinks(1, 2));
        assertThat(PostLinks.in("[le site](https://site.example/page) http://other.example/x")).isEqualTo(new PostLinks(2, 0));
        assertThat(PostLinks.in("no links, just text: a.b.c")).isEqualTo(new PostLinks(0, 0));
        assertThat(PostLinks.in(null)).isEqualTo(new PostLinks(0, 0));
    }

    /** The score with the recent texts always read (threshold 0). */
    private static SpamScore score(String body, List<String> recentBodies, long postsLastMinute) {
        return SpamScore.of(body, PostLinks.in(body), postsLastMinute, 0, () -> recentBodies);
    }
}
