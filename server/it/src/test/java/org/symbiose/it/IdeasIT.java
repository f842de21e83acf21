package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in ideas plugin over REST on a real server: boxes and their workflows (a status held by
 * ideas cannot be deleted), ideas proposed, listed, suggested while typing, exported; votes within
 * a budget, exact under 16 concurrent clients, given back when an idea closes; official responses
 * telling voters and subscribers; merges counting a voter of both once; comments, reactions,
 * subscriptions; and bad input on every endpoint refused with nothing written.
 */
class IdeasIT extends Deployed {

    private static final String IDEAS = "api/v1/ideas/";

    private static Accounts.Account manager;
    private static Accounts.Account moderator;
    private static Accounts.Account member;
    private static Accounts.Account other;

    @BeforeAll
    static void people() {
        manager = Accounts.withRole("COMMUNITY_MANAGER");
        moderator = Accounts.withRole("MODERATOR");
        member = Accounts.member("Proposer");
        other = Accounts.member("Supporter");
    }

    @Test
    void boxesAndTheirWorkflowsAreSetByManagers() {
        String json = "{\"title\":\"Mobile app\",\"description\":\"What should *the app* do?\",\"voteBudget\":3}";
        assertThat(Api.anonymous().post(IDEAS + "boxes", json).status()).isEqualTo(401);
        assertThat(moderator.api().post(IDEAS + "boxes", json).status()).isEqualTo(403);
        for (String bad : new String[] {"{}", "{\"title\":\" \"}", "{\"title\":\"" + "t".repeat(301) + "\"}",
                "{\"title\":\"T\",\"voteBudget\":-1}", "{\"title\":\"T\",\"voteBudget\":1001}",
                "{\"title\":\"T\",\"access\":\"friends\"}", "{\"title\":\"T\",\"closesAt\":\"tomorrow\"}",
                "{\"title\":\"T\",\"language\":\"de\"}", "[1]", "{\"title\":"}) {
            Reply refused = manager.api().post(IDEAS + "boxes", bad);
            assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        JsonObject box = box(json);
        long id = box.getJsonNumber("id").longValue();
        Reply read = Api.anonymous().get(IDEAS + "boxes/" + id);
        assertThat(read.json().getString("descriptionHtml")).contains("<em>the app</em>");
        assertThat(Api.anonymous().get(IDEAS + "boxes/" + id, "If-None-Match", read.header("ETag")).status()).isEqualTo(304);
        assertThat(manager.api().put(IDEAS + "boxes/" + id, "{\"title\":\"App\"}").status()).isEqualTo(428);
        assertThat(member.api().put(IDEAS + "boxes/" + id, "{\"title\":\"App\",\"version\":" + box.getInt("version") + "}")
                .status()).isEqualTo(403);
        JsonObject renamed = manager.api().put(IDEAS + "boxes/" + id, "{\"title\":\"App\",\"version\":"
                + box.getInt("version") + "}").json();
        assertThat(renamed.getString("title")).isEqualTo("App");
        assertThat(renamed.getInt("voteBudget")).isEqualTo(3);

        // a box open to moderators is hidden from members
        long staff = box("{\"title\":\"Staff tools\",\"access\":\"moderator\"}").getJsonNumber("id").longValue();
        assertThat(member.api().get(IDEAS + "boxes/" + staff).status()).isEqualTo(404);
        assertThat(moderator.api().get(IDEAS + "boxes/" + staff).status()).isEqualTo(200);
        assertThat(member.api().get(IDEAS + "boxes").body()).doesNotContain("Staff tools");
        assertThat(member.api().post(IDEAS + "boxes/" + staff + "/ideas", "{\"title\":\"x\"}").status()).isEqualTo(404);

        // the workflow: renamed, reordered, recoloured; a status held by an idea is not deleted
        Reply workflow = Api.anonymous().get(IDEAS + "boxes/" + id + "/workflow");
        assertThat(workflow.json().getJsonArray("statuses")).hasSize(6);
        long idea = idea(member, id, "Offline mode").getJsonNumber("id").longValue();
        String version = Api.anonymous().get(IDEAS + "boxes/" + id).header("ETag");
        String twoStatuses = "{\"statuses\":[{\"key\":\"new\",\"label_en\":\"New\",\"label_fr\":\"Nouvelle\",\"colour\":\"#112233\"},"
                + "{\"key\":\"shipped\",\"label_en\":\"Shipped\",\"label_fr\":\"Livrée\",\"colour\":\"#00ff00\",\"closed\":true}],"
                + "\"transitions\":[{\"from\":\"new\",\"to\":\"shipped\"}]}";
        Reply held = manager.api().put(IDEAS + "boxes/" + id + "/workflow", twoStatuses, "If-Match", version);
        assertThat(held.status()).as("'open' is held by an idea: " + held).isEqualTo(409);
        for (String bad : new String[] {"{}", "{\"statuses\":[]}", "{\"statuses\":[{\"key\":\"A B\",\"label_en\":\"a\","
                + "\"label_fr\":\"a\",\"colour\":\"#000000\"}]}", "{\"statuses\":[{\"key\":\"a\",\"label_en\":\"a\","
                + "\"label_fr\":\"a\",\"colour\":\"black\"}]}", twoStatuses.replace("\"to\":\"shipped\"", "\"to\":\"gone\"")}) {
            Reply refused = manager.api().put(IDEAS + "boxes/" + id + "/workflow", bad, "If-Match", version);
            assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
        }
        assertThat(member.api().put(IDEAS + "boxes/" + id + "/workflow", twoStatuses, "If-Match", version).status())
                .isEqualTo(403);
        String kept = twoStatuses.replace("\"key\":\"new\"", "\"key\":\"open\"").replace("\"from\":\"new\"", "\"from\":\"open\"");
        Reply changed = manager.api().put(IDEAS + "boxes/" + id + "/workflow", kept, "If-Match", version);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject shown = Api.anonymous().get(IDEAS + idea, "Accept-Language", "fr").json().getJsonObject("status");
        assertThat(shown.getString("label")).as("renamed, in French").isEqualTo("Nouvelle");
        assertThat(shown.getString("colour")).isEqualTo("#112233");
    }

    @Test
    void ideasAreProposedListedSuggestedEditedAndExported() {
        long box = box("{\"title\":\"Website\"}").getJsonNumber("id").longValue();
        String word = "ideaword" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(Api.anonymous().post(IDEAS + "boxes/" + box + "/ideas", "{\"title\":\"x\"}").status()).isEqualTo(401);
        for (String bad : new String[] {"{}", "{\"title\":\"\"}", "{\"title\":\"" + "t".repeat(301) + "\"}",
                "{\"title\":\"T\",\"body\":\"" + "b".repeat(100_001) + "\"}", "{\"title\":\"T\",\"tags\":[\"\"]}",
                "{\"title\":\"T\",\"tags\":[\"" + "x".repeat(51) + "\"]}", "{\"title\":\"T\",\"tags\":\"ui\"}"}) {
            Reply refused = member.api().post(IDEAS + "boxes/" + box + "/ideas", bad);
            assertThat(refused.status()).as(bad.substring(0, Math.min(60, bad.length())) + ": " + refused).isBetween(400, 413);
        }
        assertThat(member.api().post(IDEAS + "boxes/999999999/ideas", "{\"title\":\"T\"}").status()).isEqualTo(404);

        String image = Uploads.stored(member, "mockup.png", Uploads.PNG).getString("url");
        Reply created = member.api().post(IDEAS + "boxes/" + box + "/ideas", "{\"title\":\"Dark theme " + word
                + "\",\"body\":\"Like ![this](" + image + ")\",\"tags\":[\"UI\",\"night\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/ideas/" + created.json().getJsonNumber("id"));
        JsonObject dark = created.json();
        long id = dark.getJsonNumber("id").longValue();
        assertThat(dark.getString("bodyHtml")).contains("<img").contains("/api/v1/files/");
        assertThat(dark.getJsonArray("tags").toString()).contains("ui");
        assertThat(dark.getJsonObject("status").getString("key")).isEqualTo("open");
        assertThat(dark.getBoolean("subscribed")).as("the author follows their idea").isTrue();
        long light = idea(other, box, "Light theme").getJsonNumber("id").longValue();

        // similar ideas while typing, through the core's search
        Reply.await(() -> Api.anonymous().get(IDEAS + "boxes/" + box + "/similar?title=" + word + "%20please"),
                r -> r.status() == 200 && r.body().contains("\"id\":" + id), Duration.ofSeconds(30));
        assertThat(Api.anonymous().get(IDEAS + "boxes/" + box + "/similar?title=").items()).isEmpty();
        Reply.await(() -> Api.anonymous().get("api/v1/search?q=" + word + "+type:ideas.idea"),
                r -> r.body().contains("/p/ideas/idea.xhtml?id=" + id), Duration.ofSeconds(30));

        // lists: orders and filters
        other.api().post(IDEAS + id + "/vote", "");
        String list = IDEAS + "boxes/" + box + "/ideas";
        assertThat(ids(Api.anonymous().get(list + "?order=top"))).containsExactly(id, light);
        assertThat(ids(Api.anonymous().get(list + "?order=trending"))).containsExactly(id, light);
        assertThat(ids(Api.anonymous().get(list + "?order=newest"))).containsExactly(light, id);
        assertThat(ids(Api.anonymous().get(list + "?order=newest&limit=1"))).containsExactly(light);
        JsonObject listed = Api.anonymous().get(list + "?tag=night").items().getJsonObject(0);
        assertThat(listed.getString("excerpt")).as("a list gives the start of the text, plain").isEqualTo("Like");
        assertThat(listed.keySet()).doesNotContain("body", "bodyHtml", "response", "budget", "subscribed");
        assertThat(Api.anonymous().get(list + "?order=newest&limit=1").json().getString("next")).contains("before=" + light);
        assertThat(ids(Api.anonymous().get(list + "?tag=night"))).containsExactly(id);
        assertThat(ids(member.api().get(list + "?mine=true"))).containsExactly(id);
        assertThat(ids(other.api().get(list + "?voted=true"))).containsExactly(id);
        assertThat(ids(Api.anonymous().get(list + "?status=open"))).hasSize(2);
        for (String bad : new String[] {"?order=best", "?status=nope", "?limit=0", "?limit=101", "?before=x",
                "?mine=maybe"}) {
            assertThat(Api.anonymous().get(list + bad).status()).as(bad).isEqualTo(400);
        }
        assertThat(Api.anonymous().get(list + "?mine=true").status()).isEqualTo(401);

        // edits: the author while the idea is new, moderators always
        JsonObject current = Api.anonymous().get(IDEAS + id).json();
        assertThat(other.api().put(IDEAS + id, "{\"title\":\"Mine now\",\"version\":" + current.getInt("version") + "}")
                .status()).isEqualTo(403);
        assertThat(member.api().put(IDEAS + id, "{\"title\":\"Dark\"}").status()).isEqualTo(428);
        JsonObject edited = member.api().put(IDEAS + id, "{\"title\":\"Dark theme " + word + " for all\",\"version\":"
                + current.getInt("version") + "}").json();
        assertThat(member.api().put(IDEAS + id, "{\"title\":\"Stale\",\"version\":" + current.getInt("version") + "}")
                .status()).isEqualTo(409);
        status(id, "under-review", null);
        JsonObject reviewed = Api.anonymous().get(IDEAS + id).json();
        assertThat(member.api().put(IDEAS + id, "{\"title\":\"Late\",\"version\":" + reviewed.getInt("version") + "}")
                .status()).as("reviewed: no longer the author's").isEqualTo(403);
        assertThat(moderator.api().put(IDEAS + id, "{\"tags\":[\"ui\"],\"version\":" + reviewed.getInt("version") + "}")
                .status()).isEqualTo(200);
        assertThat(edited.getString("title")).endsWith("for all");

        // the roadmap: open statuses as columns
        JsonObject roadmap = Api.anonymous().get(IDEAS + "boxes/" + box + "/roadmap").json();
        assertThat(roadmap.getJsonArray("columns").stream().map(c -> c.asJsonObject().getString("status")).toList())
                .containsExactly("open", "under-review", "planned", "in-progress");
        assertThat(roadmap.getJsonArray("columns").get(1).asJsonObject().getJsonArray("ideas").toString())
                .contains("\"id\":" + id);

        // the export, for managers
        assertThat(member.api().get(IDEAS + "boxes/" + box + "/export.csv").status()).isEqualTo(403);
        Reply csv = manager.api().get(IDEAS + "boxes/" + box + "/export.csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,title,status,votes,author,created,url,tags\r\n")
                .contains(id + ",Dark theme " + word + " for all,under-review,1,Proposer,")
                .contains("/p/ideas/idea.xhtml?id=" + id);
        assertThat(Api.anonymous().get(IDEAS + "999999999").status()).isEqualTo(404);
    }

    @Test
    void votesSpendABudgetThatComesBackWhenAnIdeaCloses() {
        long box = box("{\"title\":\"Budgeted\",\"voteBudget\":2}").getJsonNumber("id").longValue();
        long a = idea(member, box, "A").getJsonNumber("id").longValue();
        long b = idea(member, box, "B").getJsonNumber("id").longValue();
        long c = idea(member, box, "C").getJsonNumber("id").longValue();
        assertThat(Api.anonymous().post(IDEAS + a + "/vote", "").status()).isEqualTo(401);
        JsonObject first = vote(other, a, 200);
        assertThat(first.getInt("votes")).isEqualTo(1);
        assertThat(first.getJsonObject("budget").getInt("left")).isEqualTo(1);
        vote(other, a, 409);
        vote(other, b, 200);
        Reply spent = other.api().post(IDEAS + c + "/vote", "");
        assertThat(spent.status()).isEqualTo(409);
        assertThat(spent.json().getString("detail")).isEqualTo("You have used your 2 votes in this box");
        assertThat(Api.anonymous().get(IDEAS + c).json().getInt("votes")).as("nothing written").isZero();
        assertThat(member.api().delete(IDEAS + c + "/vote").status()).as("no vote to take back").isEqualTo(409);
        JsonObject back = other.api().delete(IDEAS + b + "/vote").json();
        assertThat(back.getBoolean("voted")).isFalse();
        assertThat(back.getJsonObject("budget").getInt("left")).isEqualTo(1);
        vote(other, c, 200);
        assertThat(other.api().get(IDEAS + c).json().getJsonObject("budget").getInt("left")).isZero();

        // declining C gives its vote back, and its voter hears of it
        status(c, "declined", null);
        JsonObject closed = other.api().get(IDEAS + c).json();
        assertThat(closed.getInt("votes")).as("the vote still counts").isEqualTo(1);
        assertThat(closed.getJsonObject("budget").getInt("left")).isEqualTo(1);
        Reply.await(() -> other.api().get("api/v1/me/notifications"), r -> r.body().contains("ideas-status")
                && r.body().contains("your vote is back"), Duration.ofSeconds(10));
        vote(other, c, 409);
        assertThat(other.api().delete(IDEAS + c + "/vote").status()).as("a closed idea keeps its votes").isEqualTo(409);
        vote(other, b, 200);

        // an idea its moderators delete gives its votes back too (after the commit: a listener)
        Reply deleted = moderator.api().put("api/v1/items/" + b + "/status", "{\"status\":\"DELETED\",\"version\":"
                + moderator.api().get(IDEAS + b).json().getInt("version") + "}");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        Reply.await(() -> other.api().get(IDEAS + a), r -> r.json().getJsonObject("budget").getInt("left") == 1,
                Duration.ofSeconds(10));

        // a closed box takes no votes
        JsonObject over = box("{\"title\":\"Over\"}");
        long past = over.getJsonNumber("id").longValue();
        long late = idea(member, past, "Late").getJsonNumber("id").longValue();
        assertThat(manager.api().put(IDEAS + "boxes/" + past, "{\"closesAt\":\"" + Instant.now().minusSeconds(1)
                + "\",\"version\":" + over.getInt("version") + "}").status()).isEqualTo(200);
        vote(other, late, 409);
        assertThat(member.api().post(IDEAS + "boxes/" + past + "/ideas", "{\"title\":\"Later\"}").status()).isEqualTo(409);
    }

    @Test
    void sixteenClientsVotingAtOnceLeaveExactCounts() throws Exception {
        long box = box("{\"title\":\"Busy\",\"voteBudget\":4}").getJsonNumber("id").longValue();
        List<Long> ideas = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ideas.add(idea(manager, box, "Busy " + i).getJsonNumber("id").longValue());
        }
        List<Accounts.Account> voters = List.of(member, other, Accounts.member("Voter three"), Accounts.member("Voter four"));
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < 16; client++) {
            Accounts.Account voter = voters.get(client % voters.size());
            Random random = new Random(client);
            running.add(clients.submit(() -> {
                for (int call = 0; call < 25; call++) {
                    long idea = ideas.get(random.nextInt(ideas.size()));
                    Reply reply = random.nextBoolean() ? voter.api().post(IDEAS + idea + "/vote", "")
                            : voter.api().delete(IDEAS + idea + "/vote");
                    assertThat(reply.status()).as(reply.toString()).isIn(200, 409);
                }
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        int recorded = 0;
        for (Accounts.Account voter : voters) {
            List<Long> voted = ids(voter.api().get(IDEAS + "boxes/" + box + "/ideas?voted=true"));
            assertThat(voted.size()).as("within the budget").isLessThanOrEqualTo(4);
            JsonObject any = voter.api().get(IDEAS + ideas.get(0)).json();
            assertThat(any.getJsonObject("budget").getInt("left")).as("the budget matches the votes")
                    .isEqualTo(4 - voted.size());
            recorded += voted.size();
        }
        int counted = 0;
        for (long idea : ideas) {
            JsonObject read = Api.anonymous().get(IDEAS + idea).json();
            long voters4 = voters.stream().filter(v -> v.api().get(IDEAS + idea).json().getBoolean("voted")).count();
            assertThat((long) read.getInt("votes")).as("idea " + idea + " counts its voters").isEqualTo(voters4);
            counted += read.getInt("votes");
        }
        assertThat(counted).isEqualTo(recorded);
    }

    @Test
    void responsesAndMergesTellAndCarryEveryone() {
        long box = box("{\"title\":\"Merging\",\"voteBudget\":5}").getJsonNumber("id").longValue();
        long original = idea(member, box, "Export to PDF").getJsonNumber("id").longValue();
        long duplicate = idea(other, box, "PDF export").getJsonNumber("id").longValue();
        Accounts.Account both = Accounts.member("Both");
        Accounts.Account follower = Accounts.member("Follower");
        vote(both, original, 200);
        vote(both, duplicate, 200);
        vote(member, duplicate, 200);
        assertThat(follower.api().post(IDEAS + duplicate + "/subscription", "").json().getBoolean("subscribed")).isTrue();
        JsonObject comment = other.api().post(IDEAS + duplicate + "/comments", "{\"body\":\"Also CSV?\"}").json();
        assertThat(other.api().post(IDEAS + duplicate + "/comments", "{\"body\":\" \"}").status()).isEqualTo(400);
        assertThat(Api.anonymous().get(IDEAS + duplicate + "/comments").items()).hasSize(1);
        assertThat(both.api().post(IDEAS + duplicate + "/reactions/heart", "").json().getInt("heart")).isEqualTo(1);
        assertThat(both.api().post(IDEAS + duplicate + "/reactions/Bad%20Kind", "").status()).isEqualTo(400);

        // merge refusals, nothing written
        long elsewhere = idea(member, box("{\"title\":\"Elsewhere\"}").getJsonNumber("id").longValue(), "PDF")
                .getJsonNumber("id").longValue();
        assertThat(member.api().post(IDEAS + duplicate + "/merge", "{\"into\":" + original + "}").status()).isEqualTo(403);
        assertThat(manager.api().post(IDEAS + duplicate + "/merge", "{\"into\":" + duplicate + "}").status()).isEqualTo(422);
        assertThat(manager.api().post(IDEAS + duplicate + "/merge", "{\"into\":999999999}").status()).isEqualTo(422);
        assertThat(manager.api().post(IDEAS + duplicate + "/merge", "{\"into\":" + elsewhere + "}").status()).isEqualTo(409);
        assertThat(manager.api().post(IDEAS + duplicate + "/merge", "{}").status()).isEqualTo(400);
        assertThat(Api.anonymous().get(IDEAS + duplicate).json().getInt("votes")).isEqualTo(2);

        Reply merged = manager.api().post(IDEAS + duplicate + "/merge", "{\"into\":" + original + "}");
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().getJsonNumber("mergedInto").longValue()).isEqualTo(original);
        JsonObject target = both.api().get(IDEAS + original).json();
        assertThat(target.getInt("votes")).as("a voter of both counted once").isEqualTo(2);
        assertThat(target.getJsonObject("budget").getInt("left")).as("the spare vote is back").isEqualTo(4);
        assertThat(member.api().get(IDEAS + original).json().getBoolean("voted")).isTrue();
        assertThat(Api.anonymous().get(IDEAS + duplicate).json().getInt("votes")).isZero();
        assertThat(Api.anonymous().get(IDEAS + original + "/comments").body()).contains("\"id\":" + comment.getInt("id"));
        assertThat(follower.api().get(IDEAS + original).json().getBoolean("subscribed")).isTrue();
        assertThat(ids(Api.anonymous().get(IDEAS + "boxes/" + box + "/ideas"))).containsExactly(original);
        vote(follower, duplicate, 409);
        assertThat(manager.api().post(IDEAS + duplicate + "/merge", "{\"into\":" + original + "}").status()).isEqualTo(409);

        // an official response with the status change, for voters and subscribers
        assertThat(member.api().post(IDEAS + original + "/status", "{\"status\":\"under-review\"}").status()).isEqualTo(403);
        assertThat(manager.api().post(IDEAS + original + "/status", "{\"status\":\"done\"}").status())
                .as("open → done is not in the workflow").isEqualTo(409);
        assertThat(manager.api().post(IDEAS + original + "/status", "{\"status\":\"nope\"}").status()).isEqualTo(400);
        assertThat(manager.api().post(IDEAS + original + "/status", "{}").status()).isEqualTo(400);
        JsonObject answered = status(original, "under-review", "We are **on it**.");
        assertThat(answered.getJsonObject("response").getString("html")).contains("<strong>on it</strong>");
        assertThat(answered.getJsonObject("response").getString("status")).isEqualTo("under-review");
        for (Accounts.Account told : List.of(both, follower)) {
            Reply.await(() -> told.api().get("api/v1/me/notifications"), r -> r.body().contains("with a response"),
                    Duration.ofSeconds(10));
        }
        assertThat(follower.api().delete(IDEAS + original + "/subscription").json().getBoolean("subscribed")).isFalse();
    }

    private static List<Long> ids(Reply list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.items().stream().map(JsonValue::asJsonObject).map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject box(String json) {
        Reply created = manager.api().post(IDEAS + "boxes", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static JsonObject idea(Accounts.Account author, long box, String title) {
        Reply created = author.api().post(IDEAS + "boxes/" + box + "/ideas", "{\"title\":\"" + title + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static JsonObject vote(Accounts.Account voter, long idea, int expected) {
        Reply reply = voter.api().post(IDEAS + idea + "/vote", "");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(expected);
        return reply.json();
    }

    private static JsonObject status(long idea, String status, String response) {
        Reply reply = manager.api().post(IDEAS + idea + "/status", "{\"status\":\"" + status + "\""
                + (response == null ? "" : ",\"response\":\"" + response + "\"") + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
