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
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.content.ChangeFeed;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.member.Member;
import org.symbiose.core.persistence.LocalTransaction;
import org.symbiose.core.search.index.LuceneIndex;
import org.symbiose.core.search.index.SearchRequest;
import org.symbiose.core.search.index.Visibility;

/**
 * The index against a real database (H2 in a file) and a real Lucene directory: what a crash,
 * a rollback or a lost index leaves behind, and how the change feed repairs it.
 */
class IndexConsistencyTest {

    private static TestDatabase database;

    @TempDir
    Path directory;

    private EntityManager em;
    private JpaContentStore store;
    private ChangeFeed feed;
    private long author;

    @BeforeAll
    static void startDatabase() {
        database = TestDatabase.start(TestDatabase.Kind.H2, "index-consistency");
    }

    @AfterAll
    static void stopDatabase() throws IOException, SQLException {
        database.close();
    }

    @BeforeEach
    void setUp() {
        em = database.entityManagerFactory().createEntityManager();
        store = new JpaContentStore(em, Clock.systemUTC());
        feed = new ChangeFeed(em);
        author = tx(() -> {
            Member member = new Member(System.nanoTime() + "@example.org", "Claire", null, "fr", Clock.systemUTC().instant());
            em.persist(member);
            em.flush();
            return member.getId();
        });
        // as if every node had passed what earlier tests wrote: a new index follows from here
        Instant later = Instant.now().plus(Duration.ofDays(1));
        while (tx(() -> feed.prune(later, Duration.ofMinutes(10), Duration.ZERO)) > 0) {
            // a batch at a time
        }
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    @Test
    void aCommittedChangeIsIndexedByTheNextFollow() throws IOException {
        try (LuceneIndex index = LuceneIndex.open(directory)) {
            IndexFollower follower = started(index);
            Item item = create("Les chevaux du Camargue");

            assertThat(follower.follow()).isEqualTo(1);
            assertThat(found(index, "cheval")).containsExactly(item.id());
            assertThat(tx(() -> feed.waiting(follower.position()))).as("passed once durable").isZero();
            assertThat(tx(() -> feed.after(0, 10))).as("kept for the other nodes").isNotEmpty();

            tx(() -> store.edit(item.id(), item.version(), new ItemEdit("Les vaches du Camargue", "Des vaches partout", null, null), author));
            follower.follow();
            assertThat(found(index, "cheval")).isEmpty();
            assertThat(found(index, "vache")).containsExactly(item.id());
        }
    }

    @Test
    void aChangeThatRollsBackIsNeverIndexed() throws IOException {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        store.create(new ItemDraft("test.note", null, "Annulé", "Une licorne introuvable", null, null, null), author);
        transaction.rollback();
        em.clear();

        try (LuceneIndex index = LuceneIndex.open(directory)) {
            assertThat(started(index).follow()).isZero();
            assertThat(found(index, "licorne")).isEmpty();
        }
    }

    @Test
    void aCrashBetweenTheCommitAndTheIndexIsRepairedAtTheNextStart() throws IOException {
        try (LuceneIndex index = LuceneIndex.open(directory)) {
            started(index).follow();
        }
        // the server dies right after the database commit: the index never hears of the item
        Item lost = create("Une question sur le compostage");

        try (LuceneIndex restarted = LuceneIndex.open(directory)) {
            assertThat(restarted.fresh()).isFalse();
            assertThat(found(restarted, "compostage")).isEmpty();
            IndexFollower follower = follower(restarted);
            assertThat(follower.needsRebuild()).as("replays, as the feed kept the change").isFalse();
            follower.follow();
            assertThat(found(restarted, "compostage")).containsExactly(lost.id());
        }
    }

    @Test
    void aCrashAfterIndexingButBeforeTheIndexIsDurableIsRepairedToo() throws IOException {
        try (LuceneIndex index = LuceneIndex.open(directory)) {
            started(index);
        }
        Item item = create("Le potager partagé");
        LuceneIndex index = LuceneIndex.open(directory);
        // indexed and searchable, but the process dies before the index commit and the feed's cleanup
        index.upsert(SearchDocuments.byDefault(item));
        index.refresh();
        assertThat(found(index, "potager")).containsExactly(item.id());
        index.close();

        try (LuceneIndex restarted = LuceneIndex.open(directory)) {
            IndexFollower follower = follower(restarted);
            assertThat(tx(() -> feed.waiting(follower.position()))).isEqualTo(1);
            follower.follow();
            assertThat(found(restarted, "potager")).containsExactly(item.id());
            assertThat(tx(() -> feed.waiting(follower.position()))).isZero();
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheDatabase() throws IOException {
        Item kept = create("Recette de la tarte aux pommes");
        Item hidden = tx(() -> {
            Item created = store.create(new ItemDraft("test.note", null, "Tarte cachée", "pommes", null, null, null), author);
            return store.changeStatus(created.id(), created.version(), ItemStatus.HIDDEN, author);
        });
        try (LuceneIndex fresh = LuceneIndex.open(directory.resolve("new"))) {
            assertThat(fresh.fresh()).isTrue();
            long done = follower(fresh).rebuild(count -> { });
            assertThat(done).isGreaterThanOrEqualTo(2);
            assertThat(found(fresh, "pommes")).contains(kept.id()).doesNotContain(hidden.id());
            assertThat(found(fresh, "pommes", Visibility.everything())).contains(kept.id(), hidden.id());
        }
    }

    private IndexFollower follower(LuceneIndex index) throws IOException {
        return FollowerOnDatabase.of(em, index, Clock.systemUTC());
    }

    /** A follower as the server starts one: a new index is rebuilt first. */
    private IndexFollower started(LuceneIndex index) throws IOException {
        IndexFollower follower = follower(index);
        if (follower.needsRebuild()) {
            follower.rebuild(count -> { });
        }
        return follower;
    }

    private Item create(String title) {
        return tx(() -> store.create(new ItemDraft("test.note", null, title, "Texte de " + title, null, null, null), author));
    }

    private static List<Long> found(LuceneIndex index, String query) throws IOException {
        return found(index, query, new Visibility(Set.of("PUBLISHED"), Set.of(), null));
    }

    private static List<Long> found(LuceneIndex index, String query, Visibility visibility) throws IOException {
        return index.search(new SearchRequest(query, SearchOrder.RELEVANCE, 0, 100, visibility)).hits().stream()
                .map(hit -> hit.id()).toList();
    }

    private <T> T tx(Supplier<T> work) {
        return LocalTransaction.run(em, work);
    }
}
