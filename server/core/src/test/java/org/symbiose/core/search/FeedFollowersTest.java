package org.symbiose.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.api.testing.SettableClock;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.content.ChangeFeed;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.member.Member;
import org.symbiose.core.persistence.LocalTransaction;
import org.symbiose.core.search.index.LuceneIndex;
import org.symbiose.core.search.index.SearchRequest;
import org.symbiose.core.search.index.Visibility;

/**
 * Two nodes, each with its own index folder and name, following one change feed on a real H2 and a real
 * PostgreSQL: what each indexes, what the feed keeps for whom, and how a node that was away catches up.
 */
class FeedFollowersTest {

    private static final Duration LIVE = Duration.ofMinutes(10);
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Map<TestDatabase.Kind, TestDatabase> DATABASES = new EnumMap<>(TestDatabase.Kind.class);

    @TempDir
    Path folders;

    private final SettableClock clock = new SettableClock(Instant.now());
    private EntityManager em;
    private JpaContentStore store;
    private ChangeFeed feed;
    private long author;

    @AfterAll
    static void stopDatabases() throws IOException, SQLException {
        for (TestDatabase database : DATABASES.values()) {
            database.close();
        }
    }

    @AfterEach
    void tearDown() {
        if (em != null) {
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void bothNodesIndexEveryChangeAndRowsStayUntilBothPassed(TestDatabase.Kind kind) throws IOException {
        on(kind);
        try (LuceneIndex a = LuceneIndex.open(folders.resolve("a")); LuceneIndex b = LuceneIndex.open(folders.resolve("b"))) {
            IndexFollower first = started(a);
            IndexFollower second = started(b);
            report("node-a", first);
            report("node-b", second);
            List<Item> written = List.of(create("Les chevaux du Camargue"), create("Un cheval de trait"),
                    create("Le cheval blanc"));

            assertThat(first.follow()).isEqualTo(3);
            report("node-a", first);
            prune();
            assertThat(tx(() -> feed.waiting(second.position()))).as("kept for the node that has not passed them")
                    .isEqualTo(3);

            assertThat(second.follow()).isEqualTo(3);
            report("node-b", second);
            prune();
            assertThat(tx(() -> feed.waiting(0))).as("gone once both passed").isZero();

            List<Long> ids = written.stream().map(Item::id).toList();
            assertThat(found(a, "cheval")).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(found(b, "cheval")).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aChangeCommittedAfterAHigherOneIsNotMissed(TestDatabase.Kind kind) throws IOException {
        on(kind);
        try (LuceneIndex index = LuceneIndex.open(folders.resolve("a"))) {
            IndexFollower follower = started(index);
            EntityManager slowWriter = DATABASES.get(kind).entityManagerFactory().createEntityManager();
            try {
                EntityTransaction slow = slowWriter.getTransaction();
                slow.begin();
                Item late = new JpaContentStore(slowWriter, Clock.systemUTC())
                        .create(new ItemDraft("test.note", null, "La pie voleuse", "Une pie", null, null, null), author);
                slowWriter.flush();
                // the lower seq is taken; a higher one commits first
                Item early = create("La pie bavarde");

                assertThat(follower.follow()).isEqualTo(1);
                assertThat(found(index, "pie")).containsExactly(early.id());
                long position = follower.position();
                assertThat(tx(() -> feed.waiting(position))).as("the position stays below the hole").isEqualTo(1);

                slow.commit();
                clock.advance(Duration.ofSeconds(30));
                assertThat(follower.follow()).isEqualTo(1);
                assertThat(found(index, "pie")).containsExactlyInAnyOrder(early.id(), late.id());
                assertThat(tx(() -> feed.waiting(follower.position()))).isZero();
            } finally {
                slowWriter.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aHoleLeftByARollbackIsGivenUpAfterTheWait(TestDatabase.Kind kind) throws IOException {
        on(kind);
        try (LuceneIndex index = LuceneIndex.open(folders.resolve("a"))) {
            IndexFollower follower = started(index);
            EntityTransaction undone = em.getTransaction();
            undone.begin();
            store.create(new ItemDraft("test.note", null, "Annulé", "Rien", null, null, null), author);
            em.flush();
            undone.rollback();
            em.clear();
            create("Après l'annulation");

            follower.follow();
            long highest = tx(feed::newest);
            assertThat(follower.position()).isLessThan(highest);

            clock.advance(FollowerOnDatabase.GAP_WAIT.plusSeconds(1));
            follower.follow();
            assertThat(follower.position()).isEqualTo(highest);
            assertThat(index.committedMarker()).as("committed with the index").isEqualTo(highest);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNodeAwayWithinTheRetentionReplays(TestDatabase.Kind kind) throws IOException {
        on(kind);
        Path folder = folders.resolve("b");
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            report("node-b", started(index));
        }
        Item written;
        try (LuceneIndex a = LuceneIndex.open(folders.resolve("a"))) {
            IndexFollower first = started(a);
            written = create("Le renard roux");
            first.follow();
            report("node-a", first);
            prune();
        }
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            IndexFollower back = FollowerOnDatabase.of(em, index, clock);
            assertThat(back.needsRebuild()).isFalse();
            assertThat(back.mode()).isEqualTo(IndexMode.REPLAYING);
            assertThat(back.follow()).isEqualTo(1);
            assertThat(back.mode()).isEqualTo(IndexMode.FOLLOWING);
            assertThat(found(index, "renard")).containsExactly(written.id());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNodeBeyondTheRetentionRebuildsAndCatchesUp(TestDatabase.Kind kind) throws IOException {
        on(kind);
        Path folder = folders.resolve("b");
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            report("node-b", started(index));
        }
        Item written;
        try (LuceneIndex a = LuceneIndex.open(folders.resolve("a"))) {
            IndexFollower first = started(a);
            written = create("Le blaireau nocturne");
            first.follow();
            clock.advance(RETENTION.plusDays(1));
            report("node-a", first);
            prune();
            assertThat(tx(() -> feed.waiting(0))).as("pruned after the retention").isZero();
        }
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            IndexFollower back = FollowerOnDatabase.of(em, index, clock);
            assertThat(back.needsRebuild()).isTrue();
            assertThat(back.mode()).isEqualTo(IndexMode.REBUILDING);
            back.rebuild(count -> { });
            Item meanwhile = create("Le blaireau du matin");
            back.follow();
            assertThat(back.mode()).isEqualTo(IndexMode.FOLLOWING);
            assertThat(found(index, "blaireau")).containsExactlyInAnyOrder(written.id(), meanwhile.id());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNewNodeReportsRebuildingThenFollowing(TestDatabase.Kind kind) throws IOException {
        on(kind);
        Item before = create("La loutre du canal");
        try (LuceneIndex index = LuceneIndex.open(folders.resolve("new"))) {
            IndexFollower fresh = FollowerOnDatabase.of(em, index, clock);
            report("node-new", fresh);
            assertThat(reportedMode("node-new")).isEqualTo("REBUILDING");

            fresh.rebuild(count -> { });
            fresh.follow();
            report("node-new", fresh);
            assertThat(reportedMode("node-new")).isEqualTo("FOLLOWING");
            assertThat(found(index, "loutre")).containsExactly(before.id());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theLagCountsWhatWaitsForThisNode(TestDatabase.Kind kind) throws IOException {
        on(kind);
        try (LuceneIndex index = LuceneIndex.open(folders.resolve("a"))) {
            IndexFollower follower = started(index);
            create("Le héron cendré");
            long position = follower.position();
            Instant now = Instant.now();

            IndexHealth behind = IndexHealth.of(follower.mode(), position, tx(() -> feed.waiting(position)),
                    tx(() -> feed.oldestWaiting(position)), now.plusSeconds(30));
            assertThat(behind.waiting()).isEqualTo(1);
            assertThat(behind.secondsBehind()).isBetween(25L, 35L);

            follower.follow();
            long after = follower.position();
            IndexHealth caughtUp = IndexHealth.of(follower.mode(), after, tx(() -> feed.waiting(after)),
                    tx(() -> feed.oldestWaiting(after)), now);
            assertThat(caughtUp).isEqualTo(new IndexHealth("following", after, 0, 0));
        }
    }

    /** Each test on an emptied feed, with no node reported yet. */
    private void on(TestDatabase.Kind kind) {
        TestDatabase database = DATABASES.computeIfAbsent(kind, k -> TestDatabase.start(k, "feed-followers"));
        em = database.entityManagerFactory().createEntityManager();
        store = new JpaContentStore(em, Clock.systemUTC());
        feed = new ChangeFeed(em);
        author = tx(() -> {
            Member member = new Member(System.nanoTime() + "@example.org", "Claire", null, "fr", Instant.now());
            em.persist(member);
            em.flush();
            return member.getId();
        });
        tx(() -> em.createNativeQuery("DELETE FROM feed_reader").executeUpdate());
        Instant later = clock.instant().plus(Duration.ofDays(1));
        while (tx(() -> feed.prune(later, LIVE, Duration.ZERO)) > 0) {
            // a batch at a time
        }
    }

    private IndexFollower started(LuceneIndex index) throws IOException {
        IndexFollower follower = FollowerOnDatabase.of(em, index, clock);
        if (follower.needsRebuild()) {
            follower.rebuild(count -> { });
        }
        return follower;
    }

    private void report(String node, IndexFollower follower) {
        tx(() -> {
            feed.report(node, follower.position(), follower.mode().name(), clock.instant());
            return null;
        });
    }

    private void prune() {
        while (tx(() -> feed.prune(clock.instant(), LIVE, RETENTION)) > 0) {
            // a batch at a time
        }
    }

    private String reportedMode(String node) {
        return tx(() -> (String) em.createNativeQuery("SELECT index_mode FROM feed_reader WHERE node_name = ?")
                .setParameter(1, node).getSingleResult());
    }

    private Item create(String title) {
        return tx(() -> store.create(new ItemDraft("test.note", null, title, "Texte de " + title, null, null, null), author));
    }

    private static List<Long> found(LuceneIndex index, String query) throws IOException {
        return index.search(new SearchRequest(query, SearchOrder.RELEVANCE, 0, 100,
                new Visibility(Set.of("PUBLISHED"), Set.of(), null))).hits().stream().map(hit -> hit.id()).toList();
    }

    private <T> T tx(Supplier<T> work) {
        return LocalTransaction.run(em, work);
    }
}
