package org.symbiose.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.member.Member;
import org.symbiose.core.persistence.LocalTransaction;

/**
 * Many members posting at once, each in transactions of their own, as concurrent requests do:
 * every item and every change-feed row is written, none collides with another.
 */
class ConcurrentWritesTest {

    private static final int WRITERS = 4;
    private static final int ITEMS_EACH = 300;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentCreatesAllLandWithTheirChangeFeedRows(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "concurrent-writes")) {
            EntityManager setup = database.entityManagerFactory().createEntityManager();
            long author = LocalTransaction.run(setup, () -> {
                Member member = new Member("writer@example.org", "Writer", null, "fr", Clock.systemUTC().instant());
                setup.persist(member);
                setup.flush();
                return member.getId();
            });
            setup.close();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < ITEMS_EACH; i++) {
                        EntityManager em = database.entityManagerFactory().createEntityManager();
                        JpaContentStore store = new JpaContentStore(em, Clock.systemUTC());
                        int n = i;
                        LocalTransaction.run(em, () -> store.create(new ItemDraft("test.note", null, "Post " + writer + "-" + n,
                                "Body", null, null, null), author));
                        em.close();
                    }
                    return ITEMS_EACH;
                }));
            }
            for (Future<Integer> writer : done) {
                writer.get();
            }
            writers.shutdown();
            EntityManager em = database.entityManagerFactory().createEntityManager();
            assertThat(new ChangeFeed(em).waiting(0)).isEqualTo((long) WRITERS * ITEMS_EACH);
            assertThat(new JpaContentStore(em, Clock.systemUTC()).count()).isEqualTo((long) WRITERS * ITEMS_EACH);
            em.close();
        }
    }
}
