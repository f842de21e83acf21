package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The moderation console's REST side on a real server: claims, queue filters, bulk decisions,
 * edit then approve, account deletion with content anonymized or removed, member search and
 * history, dashboard and audit date ranges; and bad input refused with nothing changed.
 */
class ConsoleIT extends Deployed {

    private static final String QUEUE = "api/v1/moderation/queue";

    @Test
    void aClaimKeepsOtherModeratorsOffAnEntryUntilItsHolderDecidesOrReleasesIt() throws Exception {
        Accounts.Account author = Accounts.member();
        long first = flagged(author, "Claimed post");
        long second = flagged(author, "Released post");
        Accounts.Account alice = Accounts.member("Alice");
        promote(alice);
        Accounts.Account bob = Accounts.withRole("MODERATOR");
        JsonObject entry = entryOf(alice, first);
        String claim = QUEUE + "/" + entry.getJsonNumber("id") + "/claim";

        CompletableFuture<Reply> byAlice = CompletableFuture.supplyAsync(() -> alice.api().post(claim, ""));
        CompletableFuture<Reply> byBob = CompletableFuture.supplyAsync(() -> bob.api().post(claim, ""));
        assertThat(List.of(byAlice.get().status(), byBob.get().status())).as(byAlice.get() + " / " + byBob.get())
                .containsExactlyInAnyOrder(200, 409);
        Accounts.Account holder = byAlice.get().status() == 200 ? alice : bob;
        Accounts.Account other = holder == alice ? bob : alice;
        JsonObject claimed = entryOf(other, first);
        assertThat(claimed.getJsonNumber("claimedBy").longValue()).as("shown in the queue").isEqualTo(holder.id());
        assertThat(claimed.getString("claimedUntil")).isNotBlank();

        Reply refused = other.api().put(QUEUE + "/" + claimed.getJsonNumber("id"), decision("HIDE", claimed));
        assertProblem(refused, 409);
        assertThat(refused.json().getString("detail")).as("names who holds it")
                .contains(claimed.getString("claimedByName"));
        assertThat(other.api().post(claim, "").status()).isEqualTo(409);
        assertThat(other.api().delete(claim).status()).as("not theirs to release").isEqualTo(409);

        Reply decided = holder.api().put(QUEUE + "/" + claimed.getJsonNumber("id"), decision("APPROVE", claimed));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(unclaimed(decided.json())).as("the decision releases the claim").isTrue();

        JsonObject next = entryOf(alice, second);
        String nextClaim = QUEUE + "/" + next.getJsonNumber("id") + "/claim";
        assertThat(alice.api().post(nextClaim, "").status()).isEqualTo(200);
        assertThat(alice.api().delete(nextClaim).status()).isEqualTo(200);
        JsonObject released = entryOf(bob, second);
        assertThat(unclaimed(released)).isTrue();
        Reply byBobNow = bob.api().put(QUEUE + "/" + released.getJsonNumber("id"), decision("DISMISS", released));
        assertThat(byBobNow.status()).as("released: anyone decides").isEqualTo(200);
        assertProblem(bob.api().post(QUEUE + "/999999999/claim", ""), 404);
    }

    @Test
    void aBulkDecisionDecidesEachEntryOnItsOwnAndReportsTheOneInConflict() {
        Accounts.Account author = Accounts.member();
        long kept = flagged(author, "Bulk kept");
        long rejected = flagged(author, "Bulk rejected");
        long stale = flagged(author, "Bulk stale");
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        JsonObject keptEntry = entryOf(moderator, kept);
        JsonObject rejectedEntry = entryOf(moderator, rejected);
        JsonObject staleEntry = entryOf(moderator, stale);
        String body = "{\"decisions\":[" + bulk(keptEntry, "APPROVE", keptEntry.getJsonNumber("version").longValue())
                + "," + bulk(staleEntry, "HIDE", staleEntry.getJsonNumber("version").longValue() + 7)
                + "," + bulk(rejectedEntry, "REJECT", rejectedEntry.getJsonNumber("version").longValue()) + "]}";

        Reply reply = moderator.api().post(QUEUE + "/decisions", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> outcomes = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(outcomes).extracting(o -> o.getInt("status")).containsExactly(200, 409, 200);
        assertThat(outcomes.get(1).getJsonObject("problem").getString("type")).isEqualTo("urn:symbiose:problem:conflict");
        assertThat(moderator.api().get("api/v1/items/" + kept).json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(moderator.api().get("api/v1/items/" + rejected).json().getString("status")).isEqualTo("DELETED");
        assertThat(moderator.api().get("api/v1/items/" + stale).json().getString("status")).as("untouched").isEqualTo("PUBLISHED");
        assertThat(entryOf(moderator, stale).getJsonNumber("version")).isEqualTo(staleEntry.getJsonNumber("version"));
        assertThat(moderator.api().get("api/v1/moderation/audit?actor=" + moderator.id()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(a -> a.getString("action"))
                .containsExactlyInAnyOrder("moderation.approve", "moderation.reject");
        assertThat(author.api().get("api/v1/me/notifications").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .as("the rejection's reason reaches the author").anySatisfy(n -> {
                    assertThat(n.getString("kind")).isEqualTo("moderation-reject");
                    assertThat(n.getString("text")).contains("bulk reason");
                });

        assertProblem(moderator.api().post(QUEUE + "/decisions", "{\"decisions\":[]}"), 400);
        assertProblem(moderator.api().post(QUEUE + "/decisions", "{\"decisions\":[{\"id\":1,\"decision\":\"APPROVE\"}]}"), 400);
        assertProblem(moderator.api().post(QUEUE + "/decisions", "{\"decisions\":[{\"id\":1,\"version\":0,\"decision\":\"NOPE\"}]}"),
                400);
        assertProblem(moderator.api().post(QUEUE + "/decisions", "{\"decisions\":[" + bulk(staleEntry, "HIDE", 0)
                + ",null]}"), 400);
        assertThat(moderator.api().get("api/v1/items/" + stale).json().getString("status")).as("nothing changed")
                .isEqualTo("PUBLISHED");
    }

    @Test
    void theQueueFiltersByCausePluginAuthorAndAgeAndSortsByPriorityThenAge() {
        Accounts.Account author = Accounts.member();
        long item = flagged(author, "Filtered post");
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        String mine = QUEUE + "?author=" + author.id();
        assertThat(items(moderator, mine)).containsExactly(item);
        assertThat(items(moderator, mine + "&cause=flags&plugin=test&newerThan=PT1H")).containsExactly(item);
        assertThat(items(moderator, mine + "&cause=NEWCOMER")).isEmpty();
        assertThat(items(moderator, mine + "&plugin=forum")).isEmpty();
        assertThat(items(moderator, mine + "&olderThan=P1D")).isEmpty();

        List<JsonObject> all = moderator.api().get(QUEUE + "?limit=200").items().getValuesAs(JsonObject.class);
        for (int i = 1; i < all.size(); i++) {
            JsonObject before = all.get(i - 1);
            JsonObject after = all.get(i);
            assertThat(before.getInt("priority")).isGreaterThanOrEqualTo(after.getInt("priority"));
            if (before.getInt("priority") == after.getInt("priority")) {
                assertThat(Instant.parse(before.getString("created"))).as("oldest first")
                        .isBeforeOrEqualTo(Instant.parse(after.getString("created")));
            }
        }
        for (String bad : List.of("cause=SOON", "olderThan=yesterday", "newerThan=-PT1H", "author=abc", "plugin=Bad%20Name",
                "offset=-1")) {
            assertProblem(moderator.api().get(QUEUE + "?" + bad), 400);
        }
    }

    @Test
    void aModeratorCorrectsAPostAndApprovesItInOneStepKeepingTheRevisionAndTheAudit() {
        Accounts.Account author = Accounts.member();
        long item = flagged(author, "Texte avec une fôte");
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        JsonObject entry = entryOf(moderator, item);
        String target = QUEUE + "/" + entry.getJsonNumber("id");
        assertProblem(moderator.api().put(target, "{\"decision\":\"HIDE\",\"body\":\"x\",\"version\":"
                + entry.getJsonNumber("version") + "}"), 400);
        assertThat(moderator.api().get("api/v1/items/" + item).json().getString("body")).as("nothing changed")
                .isEqualTo("Texte avec une fôte");

        Reply approved = moderator.api().put(target, "{\"decision\":\"APPROVE\",\"note\":\"orthographe\",\"title\":\"Corrigé\","
                + "\"body\":\"Texte avec une faute\",\"version\":" + entry.getJsonNumber("version") + "}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        JsonObject now = Api.anonymous().get("api/v1/items/" + item).json();
        assertThat(now.getString("body")).isEqualTo("Texte avec une faute");
        assertThat(now.getString("title")).isEqualTo("Corrigé");
        assertThat(Api.anonymous().get("api/v1/items/" + item + "/revisions").body()).as("the store kept the first text")
                .contains("Texte avec une fôte");
        List<JsonObject> audit = moderator.api().get("api/v1/moderation/audit?item=" + item).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(audit).anySatisfy(a -> {
            assertThat(a.getString("action")).isEqualTo("moderation.edit");
            assertThat(a.getString("before")).contains("Texte avec une fôte");
            assertThat(a.getString("after")).contains("Corrigé", "Texte avec une faute");
        });
        assertThat(audit).anySatisfy(a -> assertThat(a.getString("action")).isEqualTo("moderation.approve"));
    }

    @Test
    void aDeletedAccountsContentIsEitherAnonymizedOrRemovedAndItCannotSignInAgain() {
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        Accounts.Account kept = Accounts.member("Keeper");
        long keptItem = created(kept, "Toujours utile");
        String keptSanctions = "api/v1/moderation/members/" + kept.id() + "/sanctions";
        assertProblem(moderator.api().post(keptSanctions, "{\"kind\":\"DELETE\",\"reason\":\"spam\"}"), 400);
        assertProblem(moderator.api().post(keptSanctions, "{\"kind\":\"WARN\",\"reason\":\"spam\",\"content\":\"REMOVE\"}"), 400);
        assertProblem(moderator.api().post(keptSanctions, "{\"kind\":\"DELETE\",\"reason\":\"spam\",\"content\":\"BURN\"}"), 400);
        assertThat(kept.api().get("api/v1/me").status()).as("nothing changed").isEqualTo(200);

        Reply anonymized = moderator.api().post(keptSanctions, "{\"kind\":\"DELETE\",\"reason\":\"spam\",\"content\":\"ANONYMIZE\"}");
        assertThat(anonymized.status()).as(anonymized.toString()).isEqualTo(201);
        JsonObject shown = Api.anonymous().get("api/v1/items/" + keptItem).json();
        assertThat(shown.getJsonObject("author").getString("displayName")).isEqualTo("Deleted member");
        assertThat(Api.basic(kept.email(), kept.password()).get("api/v1/me").status()).as("cannot sign in").isEqualTo(401);
        assertThat(kept.api().get("api/v1/me").status()).as("its tokens are revoked").isEqualTo(401);
        JsonObject file = moderator.api().get("api/v1/moderation/members/" + kept.id() + "/history").json();
        JsonObject scrubbed = file.getJsonObject("member");
        assertThat(!scrubbed.containsKey("email") || scrubbed.isNull("email")).as("e-mail scrubbed").isTrue();

        Accounts.Account removed = Accounts.member("Remover");
        long topic = created(removed, "À effacer");
        long reply = removed.api().post("api/v1/items", "{\"type\":\"test.reply\",\"parentId\":" + topic
                + ",\"body\":\"Réponse à effacer\"}").json().getJsonNumber("id").longValue();
        Reply gone = moderator.api().post("api/v1/moderation/members/" + removed.id() + "/sanctions",
                "{\"kind\":\"DELETE\",\"reason\":\"illegal\",\"content\":\"REMOVE\"}");
        assertThat(gone.status()).as(gone.toString()).isEqualTo(201);
        for (long id : List.of(topic, reply)) {
            assertThat(moderator.api().get("api/v1/items/" + id).json().getString("status")).isEqualTo("DELETED");
            assertThat(Api.anonymous().get("api/v1/items/" + id).status()).isEqualTo(404);
        }
        assertThat(Api.basic(removed.email(), removed.password()).get("api/v1/me").status()).isEqualTo(401);
        String audit = moderator.api().get("api/v1/moderation/audit?action=moderation.account.&actor=" + moderator.id()).body();
        assertThat(audit).contains("moderation.account.anonymize", "moderation.account.remove", "2 item(s) deleted");
    }

    @Test
    void moderatorsFindMembersAndReadTheirWholeHistory() {
        String name = "Quentin" + letters();
        Accounts.Account member = Accounts.member(name);
        Accounts.Account flagger = Accounts.member();
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        long item = created(member, "Un message d’historique");
        assertThat(flagger.api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"OFF_TOPIC\"}").status()).isEqualTo(201);
        long other = created(flagger, "Message d’un autre");
        assertThat(member.api().post("api/v1/items/" + other + "/flags", "{\"reason\":\"SPAM\"}").status()).isEqualTo(201);
        String base = "api/v1/moderation/members/" + member.id();
        assertThat(moderator.api().post(base + "/sanctions", "{\"kind\":\"WARN\",\"reason\":\"off-topic\",\"points\":1}")
                .status()).isEqualTo(201);
        assertThat(moderator.api().post(base + "/notes", "{\"text\":\"Premier avertissement\"}").status()).isEqualTo(201);

        assertThat(ids(moderator.api().get("api/v1/moderation/members?q=" + name.toLowerCase()))).containsExactly(member.id());
        assertThat(ids(moderator.api().get("api/v1/moderation/members?q=" + member.email().substring(0, 20))))
                .contains(member.id());
        assertThat(ids(moderator.api().get("api/v1/moderation/members?q=" + name + "&state=SUSPENDED"))).isEmpty();
        Reply firstPage = moderator.api().get("api/v1/moderation/members?limit=1");
        assertThat(firstPage.json().getJsonArray("items")).hasSize(1);
        assertThat(firstPage.json().getString("next")).contains("before=");

        JsonObject history = moderator.api().get(base + "/history").json();
        assertThat(history.getJsonObject("member").getString("displayName")).isEqualTo(name);
        assertThat(history.getJsonArray("posts").getValuesAs(JsonObject.class)).singleElement().satisfies(post -> {
            assertThat(post.getJsonNumber("id").longValue()).isEqualTo(item);
            assertThat(post.getString("status")).isEqualTo("PUBLISHED");
        });
        assertThat(history.getJsonArray("flagsReceived").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(flag -> assertThat(flag.getJsonNumber("flaggerId").longValue()).isEqualTo(flagger.id()));
        assertThat(history.getJsonArray("flagsRaised").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(flag -> assertThat(flag.getString("flagReason")).isEqualTo("SPAM"));
        assertThat(history.getJsonObject("standing").getJsonArray("sanctions")).hasSize(1);
        assertThat(history.getJsonArray("notes").getJsonObject(0).getString("text")).isEqualTo("Premier avertissement");

        assertProblem(moderator.api().get("api/v1/moderation/members?state=GONE"), 400);
        assertProblem(moderator.api().get("api/v1/moderation/members?q=" + "x".repeat(101)), 400);
        assertProblem(moderator.api().get("api/v1/moderation/members?limit=0"), 400);
        assertProblem(moderator.api().get("api/v1/moderation/members/999999999/history"), 404);
        assertProblem(moderator.api().post(base + "/notes", "{\"text\":\"\"}"), 400);
        assertThat(moderator.api().get(base + "/history").json().getJsonArray("notes")).as("nothing added").hasSize(1);
        assertProblem(member.api().get("api/v1/moderation/members?q=a"), 403);
    }

    @Test
    void theDashboardShowsADateRangeAndRefusesABadOne() {
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        flagged(Accounts.member(), "Pour le tableau de bord");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonObject range = moderator.api().get("api/v1/moderation/dashboard?from=" + today.minusDays(9) + "&to=" + today).json();
        assertThat(range.getString("from")).isEqualTo(today.minusDays(9).toString());
        assertThat(range.getJsonObject("flagsPerDay")).hasSize(10);
        assertThat(range.getJsonObject("newMembersPerDay")).hasSize(10);
        assertThat(range.getJsonObject("flagsPerDay").getJsonNumber(today.toString()).longValue()).isPositive();
        assertThat(range.getJsonObject("newMembersPerDay").getJsonNumber(today.toString()).longValue()).isPositive();
        assertThat(range.getJsonArray("topFlagged")).isNotEmpty();
        assertThat(range.getJsonNumber("queueSize").longValue()).isPositive();
        JsonObject past = moderator.api().get("api/v1/moderation/dashboard?from=2020-01-01&to=2020-01-31").json();
        assertThat(past.getJsonObject("flagsPerDay")).hasSize(31);
        assertThat(past.getJsonObject("flagsPerDay").values()).allSatisfy(count -> assertThat(count.toString()).isEqualTo("0"));
        assertThat(moderator.api().get("api/v1/moderation/dashboard?from=2024-01-01&to=2024-12-31").status())
                .as("a leap year: 366 days").isEqualTo(200);

        for (String bad : List.of("from=2024-13-01", "from=yesterday", "to=2024-01-01", "from=2024-02-01&to=2024-01-01",
                "from=2023-01-01&to=2024-01-02", "days=7&from=2024-01-01", "days=400")) {
            assertProblem(moderator.api().get("api/v1/moderation/dashboard?" + bad), 400);
        }
    }

    @Test
    void theAuditLogIsSearchedByActorActionItemAndDays() {
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        Accounts.Account member = Accounts.member();
        assertThat(moderator.api().post("api/v1/moderation/members/" + member.id() + "/sanctions",
                "{\"kind\":\"WARN\",\"reason\":\"audit-search\",\"points\":0}").status()).isEqualTo(201);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String mine = "api/v1/moderation/audit?actor=" + moderator.id() + "&action=moderation.sanction";
        assertThat(moderator.api().get(mine + "&from=" + today + "&to=" + today).json().getJsonArray("items")).hasSize(1);
        assertThat(moderator.api().get(mine + "&to=" + today.minusDays(1)).json().getJsonArray("items")).isEmpty();
        assertThat(moderator.api().get(mine + "&from=" + today.plusDays(1)).json().getJsonArray("items")).isEmpty();
        Reply csv = moderator.api().get("api/v1/moderation/audit/export?actor=" + moderator.id() + "&from=" + today);
        assertThat(csv.body()).contains("moderation.sanction.warn", "audit-search");
        for (String bad : List.of("from=never", "to=2024-02-30", "from=2024-02-01&to=2024-01-01", "actor=-3", "limit=500")) {
            assertProblem(moderator.api().get("api/v1/moderation/audit?" + bad), 400);
        }
        assertProblem(moderator.api().get("api/v1/moderation/audit/export?from=tomorrow"), 400);
    }

    @Test
    void watchedWordAndSettingChangesAreAudited() {
        Accounts.Account manager = Accounts.withRole("COMMUNITY_MANAGER");
        String word = "console" + letters();
        Reply added = manager.api().post("api/v1/moderation/watched-words", "{\"pattern\":\"" + word + "\",\"action\":\"REVIEW\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(manager.api().delete("api/v1/moderation/watched-words/" + added.json().getJsonNumber("id")).status())
                .isEqualTo(204);
        assertThat(manager.api().put("api/v1/moderation/ladder", "{\"steps\":[]}").status()).isEqualTo(200);
        String audit = manager.api().get("api/v1/moderation/audit?actor=" + manager.id()).body();
        assertThat(audit).contains("moderation.watched-word.add", "moderation.watched-word.remove", word, "moderation.ladder");
    }

    /** A new item by {@code author}, flagged once by another member: an open FLAGS entry, still published. */
    private static long flagged(Accounts.Account author, String body) {
        long item = created(author, body);
        Reply flag = Accounts.member().api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"SPAM\"}");
        assertThat(flag.status()).as(flag.toString()).isEqualTo(201);
        return item;
    }

    private static long created(Accounts.Account author, String body) {
        Reply created = author.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"" + body + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static void promote(Accounts.Account account) {
        Reply changed = Accounts.admin().api().put("api/v1/admin/members/" + account.id() + "/role", "{\"role\":\"MODERATOR\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private static JsonObject entryOf(Accounts.Account moderator, long item) {
        return ReviewQueueEntries.openFor(moderator.api(), item);
    }

    private static String decision(String decision, JsonObject entry) {
        return "{\"decision\":\"" + decision + "\",\"version\":" + entry.getJsonNumber("version") + "}";
    }

    private static String bulk(JsonObject entry, String decision, long version) {
        return "{\"id\":" + entry.getJsonNumber("id") + ",\"version\":" + version + ",\"decision\":\"" + decision
                + "\",\"note\":\"bulk reason\"}";
    }

    private static List<Long> items(Accounts.Account moderator, String path) {
        Reply reply = moderator.api().get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.items().getValuesAs(JsonObject.class).stream().map(e -> e.getJsonNumber("itemId").longValue()).toList();
    }

    private static List<Long> ids(Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("id").longValue()).toList();
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    /** Eight random letters, for names that search finds only once. */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char hex : UUID.randomUUID().toString().substring(0, 8).toCharArray()) {
            letters.append((char) ('a' + Character.digit(hex, 16)));
        }
        return letters.toString();
    }

    /** Whether nobody holds an entry: its claim is absent or null. */
    private static boolean unclaimed(JsonObject entry) {
        return !entry.containsKey("claimedBy") || entry.isNull("claimedBy");
    }
}
