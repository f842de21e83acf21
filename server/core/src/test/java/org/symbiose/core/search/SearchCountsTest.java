package org.symbiose.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.persistence.LocalTransaction;

/** The anonymous search counts (content gaps, deflections) on both databases, through JPA as the server runs them. */
class SearchCountsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void countsOnceTheComposersThatFollowedASuggestionAndPostedNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "deflections")) {
            EntityManager em = database.entityManagerFactory().createEntityManager();
            Deflections today = new Deflections(em, Clock.fixed(NOW, ZoneOffset.UTC));
            Deflections yesterday = new Deflections(em, Clock.fixed(NOW.minusSeconds(86_400), ZoneOffset.UTC));
            tx(em, () -> {
                today.suggestionFollowed("deflected-1");
                today.suggestionFollowed("deflected-1");
                today.suggestionFollowed("posted-1");
                today.posted("posted-1");
                today.posted("never-followed");
                yesterday.suggestionFollowed("yesterday");
                return null;
            });

            assertThat(tx(em, () -> today.deflected(DAY, DAY))).isEqualTo(1);
            assertThat(tx(em, () -> today.deflected(DAY.minusDays(7), DAY))).isEqualTo(2);
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void listsTheQueriesThatFoundNothingThenThoseWithNoResultFollowed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "query-counts")) {
            EntityManager em = database.entityManagerFactory().createEntityManager();
            QueryCounts counts = new QueryCounts(em, Clock.fixed(NOW, ZoneOffset.UTC));
            LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
            QueryCounts.Tally searchedNothing = new QueryCounts.Tally(1, 1, 0);
            QueryCounts.Tally clicked = new QueryCounts.Tally(0, 0, 1);
            tx(em, () -> {
                // each add is one period's gathering from QueryLog: the first inserts, the next ones add
                counts.add(new QueryCounts.Key("missing entry", today), searchedNothing);
                counts.add(new QueryCounts.Key("missing entry", today), searchedNothing);
                counts.add(new QueryCounts.Key("found once", today), new QueryCounts.Tally(1, 0, 0));
                counts.add(new QueryCounts.Key("found once", today), clicked);
                counts.add(new QueryCounts.Key("found once", today), clicked);
                counts.add(new QueryCounts.Key("found unfollowed", today), new QueryCounts.Tally(1, 0, 0));
                counts.add(new QueryCounts.Key("clicked in its period", today), new QueryCounts.Tally(1, 0, 3));
                counts.add(new QueryCounts.Key("followed before counted", today), clicked);
                counts.add(new QueryCounts.Key("old gap", today.minusDays(20)), searchedNothing);
                return null;
            });

            assertThat(tx(em, () -> counts.foundNothing(7, 10))).containsExactly(new ContentGap("missing entry", 2, 2, 2));
            assertThat(tx(em, () -> counts.foundNothing(30, 10))).extracting(ContentGap::query)
                    .containsExactly("missing entry", "old gap");
            assertThat(tx(em, () -> counts.noClick(7, 10))).as("a click counts once per search")
                    .containsExactly(new ContentGap("missing entry", 2, 2, 2), new ContentGap("found unfollowed", 1, 0, 1));
            em.close();
        }
    }

    private static <T> T tx(EntityManager em, Supplier<T> work) {
        return LocalTransaction.run(em, work);
    }
}
