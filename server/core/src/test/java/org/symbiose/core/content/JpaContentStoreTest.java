package org.symbiose.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.symbiose.api.content.ItemStatus.DELETED;
import static org.symbiose.api.content.ItemStatus.HIDDEN;
import static org.symbiose.api.content.ItemStatus.PENDING_REVIEW;
import static org.symbiose.api.content.ItemStatus.PUBLISHED;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ItemOrder;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.content.Revision;
import org.symbiose.api.content.StaleItemException;
import org.symbiose.api.member.MemberRef;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.member.Member;
import org.symbiose.core.persistence.LocalTransaction;

/**
 * The store on real databases, each call in its own local transaction as the container would
 * run it. Every test works on its own members and item type, so the tests share one database.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaContentStoreTest {

    // nanoseconds on purpose: the store keeps microseconds, as PostgreSQL does
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");
    private static final Instant T0_STORED = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final Instant T1 = Instant.parse("2026-03-02T11:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-03T12:00:00Z");
    private static final List<String> TABLES = List.of("item", "item_tag", "item_revision", "item_attribute",
            "item_reaction", "item_vote");
    private static final AtomicInteger RUN = new AtomicInteger();

    private static TestDatabase database;

    // JUnit hands each class invocation's argument to startDatabase only when the class consumes it
    @Parameter
    TestDatabase.Kind kind;

    private EntityManager em;
    private JpaContentStore store;
    private String type;
    private MemberRef alice;
    private MemberRef bob;

    @BeforeParameterizedClassInvocation
    static void startDatabase(TestDatabase.Kind kind) {
        database = TestDatabase.start(kind, "content-store");
    }

    @AfterParameterizedClassInvocation
    static void stopDatabase() throws IOException, SQLException {
        database.close();
    }

    @BeforeEach
    void setUp() {
        em = database.entityManagerFactory().createEntityManager();
        store = storeAt(T0);
        int run = RUN.incrementAndGet();
        type = "test.kind-" + run;
        alice = member("Alice " + run);
        bob = member("Bob " + run);
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    @Test
    void movesAnItemUnderAnotherParentButNeverUnderItself() {
        Item first = create("First place", alice);
        Item second = create("Second place", alice);
        Item child = tx(() -> store.create(new ItemDraft(type, first.id(), "Child", "b", null, null, null), alice.id()));

        Item moved = tx(() -> store.move(child.id(), child.version(), second.id(), bob.id()));
        assertThat(moved.parentId()).isEqualTo(second.id());
        assertThat(moved.version()).isEqualTo(child.version() + 1);
        assertThat(moved.body()).isEqualTo("b");
        assertThat(tx(() -> store.revisions(child.id()))).as("a move is not an edit").isEmpty();

        assertInvalid(() -> tx(() -> store.move(second.id(), second.version(), moved.id(), bob.id())), "parentId");
        assertInvalid(() -> tx(() -> store.move(moved.id(), moved.version(), moved.id(), bob.id())), "parentId");
        assertInvalid(() -> tx(() -> store.move(moved.id(), moved.version(), Long.MAX_VALUE, bob.id())), "parentId");
        assertThatThrownBy(() -> tx(() -> store.move(moved.id(), child.version(), first.id(), bob.id())))
                .isInstanceOf(StaleItemException.class);
        assertThat(tx(() -> store.move(moved.id(), moved.version(), null, bob.id())).parentId()).isNull();
    }

    @Test
    void rendersAPreviewWithoutStoringIt() {
        Map<String, Long> before = rowCounts();
        assertThat(store.render("**Bonjour** <script>x</script>")).startsWith("<p><strong>Bonjour</strong>")
                .doesNotContain("script");
        assertInvalid(() -> store.render("b".repeat(100_001)), "body");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void createsAndFindsAnItem() {
        Map<String, Object> attributes = Map.of("solved", false, "views", 3, "labels", List.of("a", "b"),
                "meta", Map.of("k", "v"));
        Item created = tx(() -> store.create(new ItemDraft(type, null, "Hello", "Some **bold** text",
                List.of("Java", " jakarta ", "java"), attributes, null), alice.id()));

        assertThat(created.id()).isPositive();
        assertThat(created.type()).isEqualTo(type);
        assertThat(created.plugin()).isEqualTo("test");
        assertThat(created.parentId()).isNull();
        assertThat(created.author()).isEqualTo(alice);
        assertThat(created.title()).isEqualTo("Hello");
        assertThat(created.body()).isEqualTo("Some **bold** text");
        assertThat(created.bodyHtml()).isEqualTo("<p>Some <strong>bold</strong> text</p>\n");
        assertThat(created.tags()).containsExactly("jakarta", "java");
        assertThat(created.attributes()).isEqualTo(Map.of("solved", false, "views", new BigDecimal("3"),
                "labels", List.of("a", "b"), "meta", Map.of("k", "v")));
        assertThat(created.status()).isEqualTo(PUBLISHED);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.reactions()).isEmpty();
        assertThat(created.score()).isZero();
        assertThat(created.created()).isEqualTo(T0_STORED);
        assertThat(created.updated()).isEqualTo(T0_STORED);
        assertThat(storedCreationTime(created.id())).as("the instant in the database, whatever the JVM's zone")
                .isEqualTo(T0_STORED);

        assertThat(find(created.id())).isEqualTo(created);
        assertThat(tx(() -> store.find(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void createsAChildInTheStatusAsked() {
        Item topic = create("Topic", alice);

        Item reply = tx(() -> store.create(
                new ItemDraft("test.reply", topic.id(), null, "Me too", null, null, PENDING_REVIEW), bob.id()));

        assertThat(reply.parentId()).isEqualTo(topic.id());
        assertThat(reply.plugin()).isEqualTo("test");
        assertThat(reply.title()).isEmpty();
        assertThat(reply.status()).isEqualTo(PENDING_REVIEW);
        assertThat(find(reply.id())).isEqualTo(reply);
    }

    @Test
    void acceptsContentAtItsLimits() {
        List<String> tags = IntStream.range(0, 25).mapToObj(i -> i < 20 ? "tag-" + i : "TAG-" + (i - 20)).toList();
        Item item = tx(() -> store.create(new ItemDraft(type, null, "t".repeat(300), "b".repeat(100_000),
                tags, Map.of("text", "x".repeat(19_000), "n".repeat(100), 1), null), alice.id()));

        assertThat(item.tags()).hasSize(20);
        assertThat(tx(() -> store.edit(item.id(), 1, new ItemEdit(null, null, List.of("é-" + "x".repeat(48)), null),
                alice.id())).tags()).containsExactly("é-" + "x".repeat(48));
    }

    @Test
    void refusesADraftThatBreaksARuleAndWritesNothing() {
        long parent = create("Parent", alice).id();
        Map<String, Object> largeAttributes = Map.of("text", "x".repeat(20_000));
        Map<ItemDraft, String> drafts = new LinkedHashMap<>();
        for (String badType : new String[] {"Test.kind", "test", "test.", ".kind", "test.kind.more", "test.Kind",
                "1test.kind", "test.k_ind", "t".repeat(41) + ".kind"}) {
            drafts.put(draft(badType, "Title", List.of(), Map.of()), "type");
        }
        drafts.put(new ItemDraft(null, null, "Title", "", null, null, null), "type");
        drafts.put(draft(type, "t".repeat(301), List.of(), Map.of()), "title");
        drafts.put(new ItemDraft(type, null, "Title", "b".repeat(100_001), null, null, null), "body");
        drafts.put(new ItemDraft(type, null, "Title", "[a]: https://example.org/" + "x".repeat(5_000) + "\n\n"
                + "[a] ".repeat(20_000), null, null, null), "body");
        drafts.put(draft(type, "Title", IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList(), Map.of()), "tags");
        for (String badTag : new String[] {"two words", "-dash", "_under", "#hash", "", "  ", "x".repeat(51)}) {
            drafts.put(draft(type, "Title", List.of("fine", badTag), Map.of()), "tags");
        }
        drafts.put(draft(type, "Title", List.of(), largeAttributes), "attributes");
        drafts.put(draft(type, "Title", List.of(), Map.of("n".repeat(101), 1)), "attributes");
        drafts.put(draft(type, "Title", List.of(), Map.of("", 1)), "attributes");
        drafts.put(draft(type, "Title", List.of(), Map.of("ratio", Double.NaN)), "attributes");
        drafts.put(new ItemDraft(type, Long.MAX_VALUE, "Title", "", null, null, null), "parentId");
        Map<String, Long> before = rowCounts();

        drafts.forEach((draft, field) -> assertInvalid(() -> tx(() -> store.create(draft, alice.id())), field));
        assertInvalid(() -> tx(() -> store.create(draft(type, "Title", List.of(), Map.of()), Long.MAX_VALUE)), "author");

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(tx(() -> store.query(byParent(parent, Set.of(ItemStatus.values())))).items()).isEmpty();
    }

    @Test
    void anEditKeepsThePreviousContentAsARevision() {
        Item original = tx(() -> store.create(draft(type, "First", List.of("a"), Map.of("k", "v")), alice.id()));

        Item second = tx(() -> storeAt(T1).edit(original.id(), 1, new ItemEdit("Second", "*two*", List.of("C", "b"), null),
                bob.id()));
        Item third = tx(() -> storeAt(T2).edit(original.id(), 2, new ItemEdit(null, "three", null, Map.of("k", "w")),
                alice.id()));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.title()).isEqualTo("Second");
        assertThat(second.bodyHtml()).isEqualTo("<p><em>two</em></p>\n");
        assertThat(second.tags()).containsExactly("b", "c");
        assertThat(second.attributes()).isEqualTo(Map.of("k", "v"));
        assertThat(second.author()).isEqualTo(alice);
        assertThat(second.created()).isEqualTo(T0_STORED);
        assertThat(second.updated()).isEqualTo(T1);
        assertThat(third.version()).isEqualTo(3);
        assertThat(third.title()).isEqualTo("Second");
        assertThat(third.body()).isEqualTo("three");
        assertThat(third.tags()).containsExactly("b", "c");
        assertThat(third.attributes()).isEqualTo(Map.of("k", "w"));
        assertThat(find(original.id())).isEqualTo(third);
        assertThat(tx(() -> store.revisions(original.id()))).containsExactly(
                new Revision(2, "Second", "*two*", List.of("b", "c"), bob, T1),
                new Revision(1, "First", "Body of First", List.of("a"), alice, T0_STORED));
        assertThat(tx(() -> store.revisions(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void refusesAnInvalidEditAndWritesNothing() {
        Item item = create("Item", alice);
        Map<String, Long> before = rowCounts();

        assertInvalid(() -> edit(item, new ItemEdit("t".repeat(301), null, null, null), alice), "title");
        assertInvalid(() -> edit(item, new ItemEdit(null, "b".repeat(100_001), null, null), alice), "body");
        assertInvalid(() -> edit(item, new ItemEdit(null, null, List.of("no spaces"), null), alice), "tags");
        assertInvalid(() -> edit(item, new ItemEdit(null, null, null, Map.of("text", "x".repeat(20_000))), alice),
                "attributes");
        assertInvalid(() -> tx(() -> store.edit(item.id(), 1, new ItemEdit("New", null, null, null), Long.MAX_VALUE)),
                "editor");

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(find(item.id())).isEqualTo(item);
    }

    @Test
    void refusesAStaleChangeAndWritesNothing() {
        Item item = create("Item", alice);
        Item edited = edit(item, new ItemEdit("Edited", null, null, null), alice);
        Map<String, Long> before = rowCounts();

        assertStale(() -> tx(() -> store.edit(item.id(), 1, new ItemEdit("Late", null, null, null), bob.id())), 2);
        assertStale(() -> tx(() -> store.edit(item.id(), 3, new ItemEdit("Early", null, null, null), bob.id())), 2);
        assertStale(() -> tx(() -> store.changeStatus(item.id(), 1, HIDDEN, bob.id())), 2);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(find(item.id())).isEqualTo(edited);
    }

    @Test
    void aConcurrentEditMakesTheSlowerOneStale() {
        Item item = create("Item", alice);
        EntityManager otherEm = database.entityManagerFactory().createEntityManager();
        EntityTransaction slower = em.getTransaction();
        slower.begin();
        try {
            store.find(item.id());
            tx(otherEm, () -> new JpaContentStore(otherEm, Clock.fixed(T1, ZoneOffset.UTC))
                    .edit(item.id(), 1, new ItemEdit("Faster", null, null, null), bob.id()));

            // this transaction still holds version 1, so only the database can tell it changed
            assertStale(() -> store.edit(item.id(), 1, new ItemEdit("Slower", null, null, null), alice.id()), 2);
        } finally {
            slower.rollback();
            em.clear();
            otherEm.close();
        }

        assertThat(find(item.id()).title()).isEqualTo("Faster");
        assertThat(tx(() -> store.revisions(item.id()))).extracting(Revision::title).containsExactly("Item");
    }

    @Test
    void changesTheStatus() {
        Item pending = tx(() -> store.create(new ItemDraft(type, null, "Item", "", null, null, PENDING_REVIEW), alice.id()));

        Item published = tx(() -> storeAt(T1).changeStatus(pending.id(), 1, PUBLISHED, bob.id()));
        Item deleted = tx(() -> store.changeStatus(pending.id(), 2, DELETED, bob.id()));

        assertThat(published.status()).isEqualTo(PUBLISHED);
        assertThat(published.version()).isEqualTo(2);
        assertThat(published.updated()).isEqualTo(T1);
        assertThat(published.title()).isEqualTo("Item");
        assertThat(deleted.status()).isEqualTo(DELETED);
        assertThat(find(pending.id())).isEqualTo(deleted);
        assertThat(tx(() -> store.revisions(pending.id()))).isEmpty();
        assertInvalid(() -> tx(() -> store.changeStatus(pending.id(), 3, null, bob.id())), "status");
    }

    @Test
    void refusesChangesToAMissingItem() {
        long missing = Long.MAX_VALUE;

        assertThatThrownBy(() -> tx(() -> store.edit(missing, 1, new ItemEdit("x", null, null, null), alice.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> tx(() -> store.changeStatus(missing, 1, HIDDEN, alice.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> tx(() -> store.react(missing, alice.id(), "like")))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> tx(() -> store.unreact(missing, alice.id(), "like")))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> tx(() -> store.vote(missing, alice.id(), 1)))
                .isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void pagesThroughAQueryNewestFirst() {
        List<Long> ids = IntStream.range(0, 5).mapToObj(i -> create("Item " + i, alice).id()).toList();
        Item hidden = create("Hidden", alice);
        tx(() -> store.changeStatus(hidden.id(), 1, HIDDEN, bob.id()));

        ItemPage first = query(ItemQuery.ofType(type, 2));
        ItemPage second = query(new ItemQuery(type, null, null, null, null, null, first.next(), 2));
        ItemPage third = query(new ItemQuery(type, null, null, null, null, null, second.next(), 2));

        assertThat(ids(first)).containsExactly(ids.get(4), ids.get(3));
        assertThat(first.next()).isEqualTo(ids.get(3));
        assertThat(ids(second)).containsExactly(ids.get(2), ids.get(1));
        assertThat(second.next()).isEqualTo(ids.get(1));
        assertThat(ids(third)).containsExactly(ids.get(0));
        assertThat(third.next()).isNull();
        assertThat(query(ItemQuery.ofType(type, 5)).next()).as("a page that ends the list exactly").isNull();
        assertThat(ids(query(new ItemQuery(type, null, null, null, null, Set.of(HIDDEN), null, 10))))
                .containsExactly(hidden.id());
        assertThat(query(ItemQuery.ofType("test.nothing-here", 10)).items()).isEmpty();
    }

    @Test
    void pagesOldestFirst() {
        List<Long> ids = IntStream.range(0, 3).mapToObj(i -> create("Item " + i, alice).id()).toList();

        ItemPage first = query(new ItemQuery(type, null, null, null, null, null, null, 2, ItemOrder.OLDEST));
        ItemPage second = query(new ItemQuery(type, null, null, null, null, null, first.next(), 2, ItemOrder.OLDEST));

        assertThat(ids(first)).containsExactly(ids.get(0), ids.get(1));
        assertThat(ids(second)).containsExactly(ids.get(2));
        assertThat(second.next()).isNull();
    }

    @Test
    void aTypeActiveByItselfListsByItsPublicationWhateverItsChildren() {
        String comments = type + "-comment";
        ContentTypes byThemselves = new ContentTypes.Free() {
            @Override
            public java.util.Set<String> activeByThemselves() {
                return java.util.Set.of(type);
            }
        };
        Item draft = tx(() -> new JpaContentStore(em, Clock.fixed(T0, ZoneOffset.UTC), byThemselves)
                .create(new ItemDraft(type, null, "Written first", "", null, null, ItemStatus.HIDDEN), alice.id()));
        Item out = tx(() -> new JpaContentStore(em, Clock.fixed(T1, ZoneOffset.UTC), byThemselves)
                .create(new ItemDraft(type, null, "Out first", "", null, null, null), alice.id()));
        JpaContentStore atT2 = new JpaContentStore(em, Clock.fixed(T2, ZoneOffset.UTC), byThemselves);
        tx(() -> atT2.create(new ItemDraft(comments, out.id(), "", "A comment", null, null, null), bob.id()));
        assertThat(find(out.id()).activity()).as("its children do not make it active").isEqualTo(T1);

        tx(() -> atT2.changeStatus(draft.id(), draft.version(), PUBLISHED, alice.id()));
        assertThat(find(draft.id()).activity()).as("active when it came out").isEqualTo(T2);
        ItemPage page = query(new ItemQuery(type, null, null, null, null, null, null, 10, ItemOrder.ACTIVITY));
        assertThat(ids(page)).containsExactly(draft.id(), out.id());
    }

    @Test
    void aPublishedChildMakesItsParentActiveAndListsFollowActivity() {
        String replies = type + "-reply";
        Item quiet = create("Quiet", alice);
        Item busy = create("Busy", alice);
        Item newest = create("Newest", alice);
        assertThat(newest.activity()).isEqualTo(newest.created());
        JpaContentStore later = storeAt(T1);
        tx(() -> later.create(new ItemDraft(replies, quiet.id(), "", "Reply", null, null, null), bob.id()));
        Item held = tx(() -> later.create(new ItemDraft(replies, busy.id(), "", "Held", null, null, PENDING_REVIEW),
                bob.id()));
        assertThat(find(quiet.id()).activity()).isEqualTo(T1);
        assertThat(find(quiet.id()).version()).as("activity is not an edit").isEqualTo(quiet.version());
        assertThat(find(busy.id()).activity()).as("a held child is no activity").isEqualTo(busy.created());

        JpaContentStore latest = storeAt(T2);
        tx(() -> latest.changeStatus(held.id(), held.version(), PUBLISHED, bob.id()));
        assertThat(find(busy.id()).activity()).as("published later: active then").isEqualTo(T2);
        tx(() -> store.create(new ItemDraft(replies, busy.id(), "", "Backdated", null, null, null), bob.id()));
        assertThat(find(busy.id()).activity()).as("never lowered").isEqualTo(T2);

        ItemPage first = query(new ItemQuery(type, null, null, null, null, null, null, 2, ItemOrder.ACTIVITY));
        ItemPage second = query(new ItemQuery(type, null, null, null, null, null, first.next(), 2, ItemOrder.ACTIVITY));
        assertThat(ids(first)).containsExactly(busy.id(), quiet.id());
        assertThat(ids(second)).as("then by id, newest first").containsExactly(newest.id());
        assertThat(second.next()).isNull();
    }

    @Test
    void filtersByParentAuthorTagStatusAndAttributes() {
        long topic = create("Topic", alice).id();
        Item a = tx(() -> store.create(new ItemDraft("test.reply", topic, "", "a", List.of("x"),
                Map.of("solved", true, "category", "news"), null), alice.id()));
        Item b = tx(() -> store.create(new ItemDraft("test.reply", topic, "", "b", List.of("x", "y"),
                Map.of("solved", false, "category", "news"), null), bob.id()));
        Item c = tx(() -> store.create(new ItemDraft("test.reply", topic, "", "c", List.of("y"),
                Map.of("solved", true), PENDING_REVIEW), bob.id()));
        Set<ItemStatus> visible = Set.of(PUBLISHED, PENDING_REVIEW);

        assertThat(ids(query(byParent(topic, null)))).containsExactly(b.id(), a.id());
        assertThat(ids(query(byParent(topic, visible)))).containsExactly(c.id(), b.id(), a.id());
        assertThat(ids(query(new ItemQuery("test.reply", topic, bob.id(), null, null, visible, null, 10))))
                .containsExactly(c.id(), b.id());
        assertThat(ids(query(new ItemQuery(null, topic, null, " X ", null, null, null, 10))))
                .containsExactly(b.id(), a.id());
        assertThat(ids(query(new ItemQuery(null, topic, null, "y", null, visible, null, 10))))
                .containsExactly(c.id(), b.id());
        assertThat(ids(query(new ItemQuery(null, topic, null, null, Map.of("solved", "true"), visible, null, 10))))
                .containsExactly(c.id(), a.id());
        assertThat(ids(query(new ItemQuery(null, topic, null, "x", Map.of("solved", "true", "category", "news"),
                visible, null, 10)))).containsExactly(a.id());
        assertThat(ids(query(new ItemQuery(null, topic, bob.id(), null, Map.of("category", "news"), null, null, 10))))
                .containsExactly(b.id());
        assertThat(query(new ItemQuery(null, topic, null, null, Map.of("solved", "yes"), visible, null, 10)).items())
                .isEmpty();
    }

    @Test
    void keepsAttributesAsJsonAndFiltersOnTheirText() {
        String longText = "é".repeat(150);
        Item item = tx(() -> store.create(draft(type, "One", List.of(), Map.of("count", 42, "ratio", 0.5,
                "flag", true, "name", "Zoé", "list", List.of(1, "two"), "nested", Map.of("a", List.of()),
                "long", longText + "1")), alice.id()));
        Item other = tx(() -> store.create(draft(type, "Two", List.of(), Map.of("count", 43, "long", longText + "2")),
                alice.id()));

        assertThat(item.attributes()).isEqualTo(Map.of("count", new BigDecimal("42"), "ratio", new BigDecimal("0.5"),
                "flag", true, "name", "Zoé", "list", List.of(BigDecimal.ONE, "two"), "nested", Map.of("a", List.of()),
                "long", longText + "1"));
        assertThat(find(item.id()).attributes()).isEqualTo(item.attributes());
        assertThat(idsWith(Map.of("count", "42"))).containsExactly(item.id());
        assertThat(idsWith(Map.of("ratio", "0.5", "flag", "true", "name", "Zoé"))).containsExactly(item.id());
        assertThat(idsWith(Map.of("list", "[1,\"two\"]"))).containsExactly(item.id());
        assertThat(idsWith(Map.of("long", longText + "2"))).as("same prefix, other value").containsExactly(other.id());

        edit(item, new ItemEdit(null, null, null, Map.of("count", 7)), alice);

        assertThat(idsWith(Map.of("count", "42"))).isEmpty();
        assertThat(idsWith(Map.of("count", "7"))).containsExactly(item.id());
        assertThat(idsWith(Map.of("long", longText + "1"))).isEmpty();
    }

    @Test
    void countsAReactionOncePerMemberAndKind() {
        Item item = create("Item", alice);

        tx(() -> store.react(item.id(), alice.id(), "like"));
        tx(() -> store.react(item.id(), alice.id(), "like"));
        tx(() -> store.react(item.id(), bob.id(), "like"));
        Item reacted = tx(() -> store.react(item.id(), bob.id(), "thanks"));
        Item unreacted = tx(() -> store.unreact(item.id(), bob.id(), "like"));
        Item again = tx(() -> store.unreact(item.id(), bob.id(), "like"));

        assertThat(reacted.reactions()).isEqualTo(Map.of("like", 2L, "thanks", 1L));
        assertThat(reacted.version()).as("reactions are not edits").isEqualTo(1);
        assertThat(unreacted.reactions()).isEqualTo(Map.of("like", 1L, "thanks", 1L));
        assertThat(again).isEqualTo(unreacted);
        assertThat(find(item.id())).isEqualTo(unreacted);
        assertThat(query(ItemQuery.ofType(type, 10)).items()).containsExactly(unreacted);
        Map<String, Long> before = rowCounts();
        assertInvalid(() -> tx(() -> store.react(item.id(), alice.id(), "Like")), "kind");
        assertInvalid(() -> tx(() -> store.unreact(item.id(), alice.id(), "")), "kind");
        assertInvalid(() -> tx(() -> store.react(item.id(), Long.MAX_VALUE, "like")), "member");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void addsVotesUpToTheScore() {
        Item item = create("Item", alice);

        assertThat(tx(() -> store.vote(item.id(), alice.id(), 1)).score()).isEqualTo(1);
        assertThat(tx(() -> store.vote(item.id(), bob.id(), -1)).score()).isZero();
        assertThat(tx(() -> store.vote(item.id(), alice.id(), -1)).score()).isEqualTo(-2);
        assertThat(tx(() -> store.vote(item.id(), alice.id(), 0)).score()).isEqualTo(-1);
        assertThat(tx(() -> store.vote(item.id(), alice.id(), 0)).score()).isEqualTo(-1);
        Item voted = tx(() -> store.vote(item.id(), bob.id(), -1));

        assertThat(voted.score()).isEqualTo(-1);
        assertThat(voted.version()).as("votes are not edits").isEqualTo(1);
        assertThat(find(item.id())).isEqualTo(voted);
        assertThat(query(ItemQuery.ofType(type, 10)).items()).containsExactly(voted);
        assertThat(edit(voted, new ItemEdit("Edited", null, null, null), alice).score()).isEqualTo(-1);
        Map<String, Long> before = rowCounts();
        assertInvalid(() -> tx(() -> store.vote(item.id(), alice.id(), 2)), "value");
        assertInvalid(() -> tx(() -> store.vote(item.id(), alice.id(), -2)), "value");
        assertInvalid(() -> tx(() -> store.vote(item.id(), Long.MAX_VALUE, 1)), "member");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void keepsTheBodyAsWrittenAndRendersItSafely() {
        String body = "Hi <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>";

        Item item = tx(() -> store.create(new ItemDraft(type, null, "XSS", body, null, null, null), alice.id()));

        assertThat(item.body()).isEqualTo(body);
        assertThat(item.bodyHtml()).isEqualTo("<p>Hi  x </p>\n");
        assertThat(find(item.id()).bodyHtml()).isEqualTo(item.bodyHtml());
    }

    @Test
    void showsADeletedAuthorAnonymously() {
        Item item = create("Item", alice);

        tx(() -> {
            em.find(Member.class, alice.id()).delete(T1);
            return null;
        });

        assertThat(find(item.id()).author()).isEqualTo(new MemberRef(alice.id(), Member.ANONYMOUS_NAME));
    }

    @Test
    void listsByScoreThenNewestAndPagesBelowTheCursor() {
        Item low = create("Low", alice);
        Item high = create("High", alice);
        Item none = create("None", alice);
        Item tied = create("Tied", alice);
        tx(() -> store.vote(high.id(), alice.id(), 1));
        tx(() -> store.vote(high.id(), bob.id(), 1));
        tx(() -> store.vote(low.id(), alice.id(), 1));
        tx(() -> store.vote(tied.id(), bob.id(), 1));

        ItemPage first = query(new ItemQuery(type, null, null, null, null, null, null, 2, ItemOrder.SCORE));
        assertThat(ids(first)).containsExactly(high.id(), tied.id());
        ItemPage second = query(new ItemQuery(type, null, null, null, null, null, first.next(), 2, ItemOrder.SCORE));
        assertThat(ids(second)).as("equal scores by id").containsExactly(low.id(), none.id());
        tx(() -> store.vote(low.id(), bob.id(), 1));
        ItemPage again = query(new ItemQuery(type, null, null, null, null, null, first.next(), 2, ItemOrder.SCORE));
        assertThat(ids(again)).as("what rose above the cursor since is not listed below it").containsExactly(none.id());
        assertThat(second.next()).isNull();
    }

    @Test
    void trendsByRecentUpVotesAndTakesBackWhatAVoteStillCounted() {
        Item old = create("Supported long ago", alice);
        Item recent = create("Supported this week", alice);
        Item none = create("Not supported", alice);
        Item down = create("Voted down", alice);
        JpaContentStore monthsAgo = storeAt(T0.minus(Duration.ofDays(60)));
        tx(() -> monthsAgo.vote(old.id(), alice.id(), 1));
        tx(() -> monthsAgo.vote(old.id(), bob.id(), 1));
        tx(() -> store.vote(recent.id(), alice.id(), 1));
        tx(() -> store.vote(down.id(), bob.id(), -1));

        assertThat(ids(query(trending(null)))).as("one vote now outweighs two eight half-lives ago")
                .containsExactly(recent.id(), old.id(), down.id(), none.id());
        tx(() -> store.vote(recent.id(), alice.id(), 0));
        assertThat(ids(query(trending(null)))).as("its only vote taken back: no up votes, by id")
                .containsExactly(old.id(), down.id(), none.id(), recent.id());
        tx(() -> store.vote(old.id(), bob.id(), -1));
        tx(() -> store.vote(recent.id(), bob.id(), 1));
        tx(() -> store.vote(recent.id(), bob.id(), 0));
        tx(() -> monthsAgo.vote(recent.id(), alice.id(), 1));
        ItemPage first = query(trending(null));
        assertThat(ids(first).subList(0, 2)).as("one old vote each, then newest first")
                .containsExactly(recent.id(), old.id());
        assertThat(find(recent.id()).version()).as("votes are not edits").isEqualTo(recent.version());
    }

    private ItemQuery trending(Long before) {
        return new ItemQuery(type, null, null, null, null, null, before, 10, ItemOrder.TRENDING);
    }

    private JpaContentStore storeAt(Instant now) {
        return new JpaContentStore(em, Clock.fixed(now, ZoneOffset.UTC));
    }

    private <T> T tx(Supplier<T> work) {
        return tx(em, work);
    }

    /** Runs {@code work} in a transaction of its own, with a fresh persistence context, as JTA would. */
    private static <T> T tx(EntityManager em, Supplier<T> work) {
        return LocalTransaction.run(em, work);
    }

    private MemberRef member(String name) {
        return tx(() -> {
            Member member = new Member(name.replace(' ', '.') + "@example.org", name, null, "en", T0);
            em.persist(member);
            em.flush();
            return member.ref();
        });
    }

    private ItemDraft draft(String itemType, String title, List<String> tags, Map<String, Object> attributes) {
        return new ItemDraft(itemType, null, title, "Body of " + title, tags, attributes, null);
    }

    private Item create(String title, MemberRef author) {
        return tx(() -> store.create(draft(type, title, List.of(), Map.of()), author.id()));
    }

    private Item edit(Item item, ItemEdit edit, MemberRef editor) {
        return tx(() -> store.edit(item.id(), item.version(), edit, editor.id()));
    }

    private Item find(long id) {
        return tx(() -> store.find(id)).orElseThrow();
    }

    private ItemPage query(ItemQuery query) {
        return tx(() -> store.query(query));
    }

    private static ItemQuery byParent(long parentId, Set<ItemStatus> statuses) {
        return new ItemQuery(null, parentId, null, null, null, statuses, null, 10);
    }

    private List<Long> idsWith(Map<String, String> attributes) {
        return ids(query(new ItemQuery(type, null, null, null, attributes, null, null, 10)));
    }

    private static List<Long> ids(ItemPage page) {
        return page.items().stream().map(Item::id).toList();
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call).as(field)
                .isInstanceOfSatisfying(InvalidItemException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static void assertStale(ThrowingCallable call, long currentVersion) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StaleItemException.class,
                e -> assertThat(e.currentVersion()).isEqualTo(currentVersion));
    }

    private static Instant storedCreationTime(long id) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT created FROM item WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, OffsetDateTime.class).toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.dataSource().getConnection()) {
            for (String table : TABLES) {
                try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
