package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in FAQ plugin over REST on a real server: sections in a hierarchy that refuses cycles;
 * an entry written by a writer, reviewed and published by an editor, searchable once published,
 * revised and restored; French and English versions linked; "was this helpful?" once per member
 * and per browser, its comment private to the owner; the freshness list; and bad input on every
 * endpoint refused with nothing written. (Promotion from the forum is the forum's IT.)
 */
class FaqIT extends Deployed {

    private static final String FAQ = "api/v1/faq/";

    private static Accounts.Account editor;
    private static Accounts.Account writer;
    private static Accounts.Account member;

    @BeforeAll
    static void team() {
        editor = Accounts.withRole("COMMUNITY_MANAGER");
        writer = Accounts.withRole("MODERATOR");
        member = Accounts.member("Reader");
    }

    @Test
    void sectionsFormATreeWithoutCycles() {
        assertThat(Api.anonymous().post(FAQ + "sections", "{\"titles\":{\"en\":\"Top\"}}").status()).isEqualTo(401);
        assertThat(writer.api().post(FAQ + "sections", "{\"titles\":{\"en\":\"Top\"}}").status())
                .as("editors arrange sections").isEqualTo(403);
        for (String bad : new String[] {"{}", "{\"titles\":{\"de\":\"Oben\"}}", "{\"titles\":{\"en\":\"\"}}",
                "{\"titles\":{\"en\":\"" + "x".repeat(301) + "\"}}", "{\"titles\":{\"en\":\"T\"},\"parentId\":999999999}",
                "[1]", "{\"titles\":"}) {
            Reply refused = editor.api().post(FAQ + "sections", bad);
            assertThat(refused.status()).as(bad + ": " + refused).isBetween(400, 404);
        }
        JsonObject top = section("{\"titles\":{\"en\":\"Accounts\",\"fr\":\"Comptes\"}}");
        JsonObject child = section("{\"titles\":{\"en\":\"Passwords\"},\"parentId\":" + top.getInt("id") + "}");
        assertThat(child.getInt("depth")).isEqualTo(1);
        Reply read = Api.anonymous().get(FAQ + "sections/" + top.getInt("id"));
        assertThat(read.json().getJsonObject("titles").getString("fr")).isEqualTo("Comptes");
        assertThat(Api.anonymous().get(FAQ + "sections/" + top.getInt("id"), "If-None-Match", read.header("ETag")).status())
                .isEqualTo(304);

        Reply cycle = editor.api().send("PATCH", FAQ + "sections/" + top.getInt("id"), "{\"parentId\":" + child.getInt("id")
                + ",\"version\":" + top.getInt("version") + "}", "application/json");
        assertThat(cycle.status()).as("a section inside its own child: " + cycle).isEqualTo(409);
        assertThat(editor.api().send("PATCH", FAQ + "sections/" + top.getInt("id"), "{\"position\":3}", "application/json")
                .status()).as("no version").isEqualTo(428);
        Reply moved = editor.api().send("PATCH", FAQ + "sections/" + child.getInt("id"), "{\"parentId\":0,\"position\":-1,"
                + "\"version\":" + child.getInt("version") + "}", "application/json");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getInt("depth")).isZero();
        assertThat(Api.anonymous().get(FAQ + "sections").items().stream().map(s -> s.asJsonObject().getInt("id")).toList())
                .as("manual order").containsSubsequence(child.getInt("id"), top.getInt("id"));
    }

    @Test
    void anEntryIsWrittenReviewedPublishedRevisedAndRestored() {
        long section = section("{\"titles\":{\"en\":\"Billing\"}}").getInt("id");
        String word = "faqword" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(member.api().post(FAQ + "entries", entryJson(section, "en", "x")).status()).as("members only read")
                .isEqualTo(403);
        for (String bad : new String[] {"{}", "{\"question\":\"Q\",\"answer\":\"A\"}",
                "{\"question\":\"Q\",\"answer\":\"A\",\"language\":\"de\"}",
                "{\"question\":\"" + "q".repeat(301) + "\",\"answer\":\"A\",\"language\":\"en\"}",
                "{\"question\":\"Q\",\"answer\":\"" + "a".repeat(100_001) + "\",\"language\":\"en\"}",
                "{\"question\":\"Q\",\"answer\":\"A\",\"language\":\"en\",\"appliesTo\":\"" + "v".repeat(201) + "\"}",
                "{\"question\":\"Q\",\"answer\":\"A\",\"language\":\"en\",\"sectionId\":999999999}",
                "{\"question\":\"Q\",\"answer\":\"A\",\"language\":\"en\",\"state\":\"GONE\"}"}) {
            Reply refused = writer.api().post(FAQ + "entries", bad);
            assertThat(refused.status()).as(bad.substring(0, Math.min(80, bad.length())) + ": " + refused).isBetween(400, 413);
        }
        assertThat(writer.api().post(FAQ + "entries", entryJson(section, "en", word).replace("}", ",\"state\":\"PUBLISHED\"}"))
                .status()).as("writers do not publish").isEqualTo(403);
        assertThat(writer.api().get(FAQ + "entries?state=DRAFT").items()).as("nothing written").noneMatch(
                e -> e.toString().contains(word));

        JsonObject draft = entry(writer, entryJson(section, "en", word));
        long id = draft.getInt("id");
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(Api.anonymous().get(FAQ + "entries/" + id).status()).as("a draft is the writers'").isEqualTo(404);
        assertThat(member.api().get(FAQ + "entries/" + id).status()).isEqualTo(404);
        assertThat(member.api().get(FAQ + "entries?state=DRAFT").status()).isEqualTo(403);
        assertThat(Api.anonymous().get(FAQ + "entries?state=NOPE").status()).isEqualTo(400);
        assertThat(Api.anonymous().get(FAQ + "entries?limit=0").status()).isEqualTo(400);

        JsonObject review = patch(writer, id, "{\"state\":\"IN_REVIEW\",\"version\":" + draft.getInt("version") + "}", 200);
        patch(writer, id, "{\"state\":\"PUBLISHED\",\"version\":" + review.getInt("version") + "}", 403);
        patch(editor, id, "{\"state\":\"PUBLISHED\",\"version\":" + draft.getInt("version") + "}", 409);
        JsonObject published = patch(editor, id, "{\"state\":\"PUBLISHED\",\"version\":" + review.getInt("version") + "}", 200);
        assertThat(published.getString("reviewedAt")).isNotBlank();
        Reply read = Api.anonymous().get(FAQ + "entries/" + id);
        assertThat(read.json().getJsonObject("entry").getString("question")).contains(word);
        assertThat(noTranslation(read.json())).as("no translation: the page says so").isTrue();
        assertThat(Api.anonymous().get(FAQ + "entries/" + id, "If-None-Match", read.header("ETag")).status()).isEqualTo(304);
        assertThat(Api.anonymous().get(FAQ + "sections/" + section + "/entries").items()).hasSize(1);
        Reply.await(() -> Api.anonymous().get("api/v1/search?q=" + word + "+type:faq.entry"),
                r -> r.status() == 200 && r.body().contains("/p/faq/entry.xhtml?id=" + id), Duration.ofSeconds(30));

        patch(writer, id, "{\"answer\":\"Changed\",\"version\":" + published.getInt("version") + "}", 403);
        JsonObject edited = patch(editor, id, "{\"question\":\"Changed?\",\"version\":" + published.getInt("version") + "}", 200);
        Reply revisions = editor.api().get(FAQ + "entries/" + id + "/revisions");
        assertThat(revisions.items()).isNotEmpty();
        assertThat(member.api().get(FAQ + "entries/" + id + "/revisions").status()).isEqualTo(403);
        long first = revisions.items().stream().map(JsonObject.class::cast).filter(r -> r.getString("title").contains(word))
                .findFirst().orElseThrow().getInt("version");
        assertThat(editor.api().post(FAQ + "entries/" + id + "/revisions/999/restore?version=" + edited.getInt("version"), "")
                .status()).isEqualTo(404);
        Reply restored = editor.api().post(FAQ + "entries/" + id + "/revisions/" + first + "/restore?version="
                + edited.getInt("version"), "");
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json().getString("question")).contains(word);

        // an answer shows the images its writer uploaded (the core's Markdown keeps uploaded files and http(s) only)
        String image = Uploads.stored(editor, "diagram.png", Uploads.PNG).getString("url");
        JsonObject illustrated = patch(editor, id, "{\"answer\":\"See ![the diagram](" + image + ")\",\"version\":"
                + restored.json().getInt("version") + "}", 200);
        assertThat(illustrated.getString("answerHtml")).contains("<img").contains("/api/v1/files/").contains("the diagram");
    }

    @Test
    void translationsAreLinkedAcrossLanguagesOnly() {
        long english = published("en", "How do I sign in?");
        long french = published("fr", "Comment me connecter ?");
        long otherEnglish = published("en", "How do I sign out?");
        assertThat(writer.api().put(FAQ + "entries/" + english + "/translation", "{\"entryId\":" + french + "}").status())
                .as("editors link").isEqualTo(403);
        assertThat(editor.api().put(FAQ + "entries/" + english + "/translation", "{\"entryId\":" + otherEnglish + "}")
                .status()).as("same language").isEqualTo(422);
        assertThat(editor.api().put(FAQ + "entries/" + english + "/translation", "{}").status()).isEqualTo(400);
        assertThat(editor.api().put(FAQ + "entries/" + english + "/translation", "{\"entryId\":999999999}").status())
                .isEqualTo(422);
        assertThat(noTranslation(Api.anonymous().get(FAQ + "entries/" + english).json())).as("nothing written").isTrue();

        Reply linked = editor.api().put(FAQ + "entries/" + english + "/translation", "{\"entryId\":" + french + "}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        JsonObject frenchView = Api.anonymous().get(FAQ + "entries/" + french).json();
        assertThat(frenchView.getJsonObject("translation").getInt("id")).isEqualTo((int) english);
        assertThat(frenchView.getJsonObject("translation").getString("language")).isEqualTo("en");
        JsonObject changeLanguage = Api.anonymous().get(FAQ + "entries/" + french).json().getJsonObject("entry");
        patch(editor, french, "{\"language\":\"en\",\"version\":" + changeLanguage.getInt("version") + "}", 409);
        assertThat(editor.api().delete(FAQ + "entries/" + english + "/translation").status()).isEqualTo(200);
        assertThat(noTranslation(Api.anonymous().get(FAQ + "entries/" + french).json())).isTrue();
    }

    @Test
    void readersSayWhetherAnEntryHelpedOnceAndTheOwnerReadsTheirComments() {
        long id = published("en", "Why is my upload refused?");
        String votes = FAQ + "entries/" + id + "/votes";
        assertThat(member.api().post(votes, "{}").status()).isEqualTo(400);
        assertThat(member.api().post(votes, "{\"helpful\":false,\"comment\":\"" + "c".repeat(1001) + "\"}").status())
                .isEqualTo(400);
        Reply voted = member.api().post(votes, "{\"helpful\":false,\"comment\":\"It does not say the size limit\"}");
        assertThat(voted.status()).as(voted.toString()).isEqualTo(200);
        assertThat(voted.json().getInt("no")).isEqualTo(1);
        assertThat(member.api().post(votes, "{\"helpful\":true}").status()).as("one vote per member").isEqualTo(409);

        Reply visitor = Api.anonymous().post(votes, "{\"helpful\":true}");
        assertThat(visitor.status()).as(visitor.toString()).isEqualTo(200);
        String cookie = visitor.header("Set-Cookie").split(";")[0];
        assertThat(cookie).startsWith("faq-voter=");
        assertThat(Api.anonymous().send("POST", votes, "{\"helpful\":true}", "application/json", "Cookie", cookie).status())
                .as("one vote per browser").isEqualTo(409);
        assertThat(Api.anonymous().send("POST", votes, "{\"helpful\":true}", "application/json", "Cookie", "faq-voter=x")
                .status()).as("a token this API never set").isEqualTo(200);
        JsonObject view = Api.anonymous().get(FAQ + "entries/" + id).json();
        assertThat(view.getJsonObject("helpfulness").getInt("yes")).isEqualTo(2);
        assertThat(member.api().get(FAQ + "entries/" + id).json().getBoolean("myVote")).isFalse();

        // the owner (the editor who wrote it) is told, and reads the comment; other members do not
        Reply.await(() -> editor.api().get("api/v1/me/notifications"), r -> r.body().contains("faq-comment"), Duration.ofSeconds(10));
        assertThat(editor.api().get(FAQ + "entries/" + id + "/comments").body()).contains("size limit");
        assertThat(member.api().get(FAQ + "entries/" + id + "/comments").status()).isEqualTo(403);
        assertThat(Api.anonymous().post(FAQ + "entries/999999999/votes", "{\"helpful\":true}").status()).isEqualTo(404);

        // more "no" than "yes": on the freshness list, for managers and the owner
        long unhelpful = published("en", "Where is the old editor?");
        member.api().post(FAQ + "entries/" + unhelpful + "/votes", "{\"helpful\":false}");
        assertThat(editor.api().get(FAQ + "freshness").body()).contains("\"id\":" + unhelpful);
        assertThat(member.api().get(FAQ + "freshness").items()).as("a member owns nothing").isEmpty();
        assertThat(Api.anonymous().get(FAQ + "freshness").status()).isEqualTo(401);
        assertThat(member.api().post(FAQ + "entries/" + unhelpful + "/reviewed", "").status()).isEqualTo(403);
    }

    /** JSON-B leaves null fields out. */
    private static boolean noTranslation(JsonObject view) {
        return !view.containsKey("translation") || view.isNull("translation");
    }

    private static JsonObject section(String json) {
        Reply created = editor.api().post(FAQ + "sections", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static String entryJson(long section, String language, String question) {
        return "{\"sectionId\":" + section + ",\"question\":\"" + question + "\",\"answer\":\"An *answer*\",\"language\":\""
                + language + "\",\"tags\":[\"faq\"],\"appliesTo\":\"Version 2\"}";
    }

    private static JsonObject entry(Accounts.Account author, String json) {
        Reply created = author.api().post(FAQ + "entries", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** An entry the editor publishes at once (and owns), filed nowhere. */
    private static long published(String language, String question) {
        return entry(editor, "{\"question\":\"" + question + "\",\"answer\":\"Answer\",\"language\":\"" + language
                + "\",\"state\":\"PUBLISHED\"}").getInt("id");
    }

    private static JsonObject patch(Accounts.Account who, long id, String json, int expected) {
        Reply edited = who.api().send("PATCH", FAQ + "entries/" + id, json, "application/json");
        assertThat(edited.status()).as(json + ": " + edited).isEqualTo(expected);
        return expected == 200 ? edited.json() : null;
    }

}
