package org.symbiose.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.member.Member;
import org.symbiose.core.persistence.LocalTransaction;

/**
 * {@code inOneTransaction} as a plugin's split uses it: a new topic, the opening reply deleted,
 * the other replies moved, the action audited; a failure half-way leaves nothing moved.
 */
class OneTransactionTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private static TestDatabase database;
    private static EntityManager em;
    private static JpaContentStore store;
    private static AuditTrail audit;
    private static long author;

    @BeforeAll
    static void start() {
        database = TestDatabase.start(TestDatabase.Kind.H2, "one-transaction");
        em = database.entityManagerFactory().createEntityManager();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = new JpaContentStore(em, clock);
        audit = new AuditTrail(em, clock);
        author = tx(() -> {
            Member member = new Member("splitter@example.org", "Splitter", null, "en", NOW);
            em.persist(member);
            em.flush();
            return member.getId();
        });
    }

    @AfterAll
    static void stop() throws IOException, SQLException {
        em.close();
        database.close();
    }

    @Test
    void aFailureHalfWayThroughASplitLeavesNothingMoved() {
        Item topic = tx(() -> store.create(draft("test.topic", null), author));
        List<Item> replies = List.of(reply(topic), reply(topic), reply(topic));
        long auditedBefore = audited();

        assertThatThrownBy(() -> tx(() -> store.inOneTransaction(() -> {
            Item split = store.create(draft("test.topic", null), author);
            store.changeStatus(replies.get(0).id(), replies.get(0).version(), ItemStatus.DELETED, author);
            store.move(replies.get(1).id(), replies.get(1).version(), split.id(), author);
            audit.record("test", author, "test.split", topic.id(), null, null, null);
            // the third move fails: the item changed since it was read
            return store.move(replies.get(2).id(), replies.get(2).version() - 1, split.id(), author);
        }))).isInstanceOf(org.symbiose.api.content.StaleItemException.class);

        for (Item reply : replies) {
            Item now = tx(() -> store.find(reply.id()).orElseThrow());
            assertThat(now.parentId()).isEqualTo(topic.id());
            assertThat(now.status()).isEqualTo(ItemStatus.PUBLISHED);
            assertThat(now.version()).isEqualTo(reply.version());
        }
        assertThat(tx(() -> em.createQuery("select i.id from StoredItem i where i.type = 'test.topic'", Long.class)
                .getResultList())).as("no new topic").containsExactly(topic.id());
        assertThat(audited()).as("nor its audit entry").isEqualTo(auditedBefore);

        Item split = tx(() -> store.inOneTransaction(() -> {
            Item created = store.create(draft("test.topic", null), author);
            store.move(replies.get(2).id(), replies.get(2).version(), created.id(), author);
            return created;
        }));
        assertThat(tx(() -> store.find(replies.get(2).id()).orElseThrow().parentId())).isEqualTo(split.id());
    }

    private static Item reply(Item topic) {
        return tx(() -> store.create(draft("test.reply", topic.id()), author));
    }

    private static ItemDraft draft(String type, Long parent) {
        return new ItemDraft(type, parent, type.endsWith("topic") ? "A topic" : "", "Some text", null, null, null);
    }

    private static long audited() {
        return tx(() -> em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult());
    }

    private static <T> T tx(Supplier<T> work) {
        return LocalTransaction.run(em, work);
    }
}
