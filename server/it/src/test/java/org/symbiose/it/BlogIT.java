package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in blog plugin over REST on a real server: a blog with its team and their rights;
 * a post going from draft through review and schedule to publication at its time, absent from
 * search before; a comment held by the blog's pre-moderation and published from the review
 * queue; a comment deleted by its writer, its reply kept under a placeholder; and bad input
 * refused with nothing written.
 */
class BlogIT extends Deployed {

    private static final String BLOG = "api/v1/blog/";

    private static Accounts.Account manager;
    private static Accounts.Account editor;
    private static Accounts.Account author;

    @BeforeAll
    static void team() {
        manager = Accounts.withRole("COMMUNITY_MANAGER");
        editor = Accounts.member("Editor");
        author = Accounts.member("Author");
    }

    @Test
    void aBlogHasATeamWithRights() {
        String name = name();
        Accounts.Account member = Accounts.member("Reader");
        String official = "{\"name\":\"" + name + "\",\"title\":\"Brand news\",\"language\":\"en\",\"official\":true}";
        assertThat(Api.anonymous().post(BLOG + "blogs", official).status()).isEqualTo(401);
        assertThat(member.api().post(BLOG + "blogs", official).status()).as("official blogs are the managers'").isEqualTo(403);
        assertThat(member.api().post(BLOG + "blogs", "{\"name\":\"" + name + "\",\"title\":\"Mine\"}").status())
                .as("member blogs are off by default").isEqualTo(403);
        assertThat(Api.anonymous().get(BLOG + "blogs/" + name).status()).as("nothing written").isEqualTo(404);

        blog(name, "{}");
        assertThat(manager.api().post(BLOG + "blogs", official).status()).as("names are unique").isEqualTo(409);
        JsonObject read = Api.anonymous().get(BLOG + "blogs/" + name).json();
        assertThat(read.getString("title")).isEqualTo("Blog " + name);
        assertThat(read.getBoolean("official")).isTrue();

        assertThat(member.api().put(BLOG + "blogs/" + name + "/team", "[{\"member\":" + member.id() + ",\"role\":\"OWNER\"}]")
                .status()).as("only owners name the team").isEqualTo(403);
        assertThat(member.api().post(BLOG + "blogs/" + name + "/posts", "{\"title\":\"Hi\",\"body\":\"x\"}").status())
                .as("outsiders do not write").isEqualTo(403);

        long draft = post(author, name, "{\"title\":\"Work in progress\",\"body\":\"Not yet\"}").getJsonNumber("id").longValue();
        assertThat(Api.anonymous().get(BLOG + "posts/" + draft).status()).as("a draft is the team's").isEqualTo(404);
        assertThat(member.api().get(BLOG + "posts/" + draft).status()).isEqualTo(404);
        assertThat(member.api().get("api/v1/items/" + draft).status()).as("also through the core").isEqualTo(404);
        assertThat(editor.api().get(BLOG + "posts/" + draft).status()).isEqualTo(200);
        assertThat(editor.api().get(BLOG + "blogs/" + name + "/posts?unpublished=true").body()).contains("\"id\":" + draft);
        assertThat(member.api().get(BLOG + "blogs/" + name + "/posts?unpublished=true").body()).doesNotContain("\"id\":" + draft);

        assertThat(author.api().send("PATCH", BLOG + "blogs/" + name, "{\"title\":\"Taken over\",\"version\":"
                + read.getJsonNumber("version") + "}", "application/json").status()).as("authors do not run the blog").isEqualTo(403);
        Reply renamed = manager.api().send("PATCH", BLOG + "blogs/" + name, "{\"title\":\"Renamed\"}", "application/json",
                "If-Match", "\"" + read.getJsonNumber("version") + "\"");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(manager.api().send("PATCH", BLOG + "blogs/" + name, "{\"title\":\"Again\"}", "application/json",
                "If-Match", "\"" + read.getJsonNumber("version") + "\"").status()).as("stale").isEqualTo(409);
        assertThat(Api.anonymous().get(BLOG + "blogs/" + name, "If-None-Match", renamed.header("ETag")).status()).isEqualTo(304);

        JsonObject published = post(author, name, "{\"title\":\"Out now\",\"body\":\"Hello\",\"state\":\"PUBLISHED\","
                + "\"slug\":\"out-now\",\"categories\":[\"Product news\"],\"tags\":[\"launch\"]}");
        assertThat(published.getString("state")).isEqualTo("PUBLISHED");
        Reply clash = author.api().post(BLOG + "blogs/" + name + "/posts", "{\"title\":\"Other\",\"slug\":\"out-now\"}");
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.contentType()).startsWith("application/problem+json");
        long id = published.getJsonNumber("id").longValue();
        assertThat(Api.anonymous().get(BLOG + "blogs/" + name + "/posts?category=product-news").body()).contains("\"id\":" + id);
        assertThat(Api.anonymous().get(BLOG + "blogs/" + name + "/posts?tag=launch").body()).contains("\"id\":" + id);
        assertThat(Api.anonymous().get(BLOG + "blogs/" + name + "/categories").body()).contains("\"slug\":\"product-news\"");
        assertThat(member.api().send("PATCH", BLOG + "posts/" + id, "{\"title\":\"Mine now\",\"version\":"
                + published.getJsonNumber("version") + "}", "application/json").status()).isEqualTo(403);

        Reply edited = editor.api().send("PATCH", BLOG + "posts/" + id, "{\"title\":\"Out now, edited\",\"slug\":\"out-today\","
                + "\"version\":" + published.getJsonNumber("version") + "}", "application/json");
        assertThat(edited.status()).as("editors edit anyone's posts: " + edited).isEqualTo(200);
        List<JsonObject> revisions = editor.api().get(BLOG + "posts/" + id + "/revisions").items().getValuesAs(JsonObject.class);
        assertThat(revisions).anySatisfy(r -> assertThat(r.getString("title")).isEqualTo("Out now"));
        assertThat(Api.anonymous().get(BLOG + "posts/" + id + "/revisions").status()).isEqualTo(401);
    }

    @Test
    void aReviewedPostIsPublishedAtItsTimeNotBefore() {
        String name = name();
        blog(name, "{\"reviewRequired\":true}");
        String word = word();
        JsonObject draft = post(author, name, "{\"title\":\"Scheduled " + word + "\",\"body\":\"About " + word + "\"}");
        long id = draft.getJsonNumber("id").longValue();
        Reply direct = author.api().send("PATCH", BLOG + "posts/" + id, "{\"state\":\"PUBLISHED\",\"version\":"
                + draft.getJsonNumber("version") + "}", "application/json");
        assertThat(direct.status()).as("authors of a reviewed blog submit: " + direct).isEqualTo(403);
        JsonObject submitted = patch(author, id, "{\"state\":\"IN_REVIEW\",\"version\":" + draft.getJsonNumber("version") + "}");
        assertThat(submitted.getString("state")).isEqualTo("IN_REVIEW");

        Reply past = editor.api().send("PATCH", BLOG + "posts/" + id, "{\"state\":\"SCHEDULED\",\"publishAt\":\""
                + Instant.now().minus(Duration.ofDays(2)) + "\",\"version\":" + submitted.getJsonNumber("version") + "}",
                "application/json");
        assertThat(past.status()).as("the blog forbids dates in the past: " + past).isEqualTo(400);
        assertThat(editor.api().get(BLOG + "posts/" + id).json().getJsonNumber("version"))
                .as("nothing written").isEqualTo(submitted.getJsonNumber("version"));

        Instant due = Instant.now().plusSeconds(5);
        JsonObject scheduled = patch(editor, id, "{\"state\":\"PUBLISHED\",\"publishAt\":\"" + due + "\",\"version\":"
                + submitted.getJsonNumber("version") + "}");
        assertThat(scheduled.getString("state")).isEqualTo("SCHEDULED");
        assertThat(Api.anonymous().get(BLOG + "posts/" + id).status()).isEqualTo(404);
        assertThat(Api.anonymous().get(BLOG + "blogs/" + name + "/posts").body()).doesNotContain("\"id\":" + id);
        assertThat(total(Api.anonymous().get("api/v1/search?q=" + word))).as("not searchable before its time").isZero();

        Reply out = Reply.await(() -> Api.anonymous().get(BLOG + "posts/" + id), reply -> reply.status() == 200, Duration.ofSeconds(60));
        assertThat(Instant.now()).as("not before its time").isAfterOrEqualTo(due);
        assertThat(out.json().getString("state")).isEqualTo("PUBLISHED");
        assertThat(Api.anonymous().get(BLOG + "blogs/" + name + "/posts").body()).contains("\"id\":" + id);
        Reply.await(() -> Api.anonymous().get("api/v1/search?q=" + word), reply -> total(reply) == 1, Duration.ofSeconds(30));
    }

    @Test
    void aPremoderatedCommentIsPublishedFromTheReviewQueue() {
        long post = publishedPost("{\"premoderated\":true}");
        Accounts.Account reader = Accounts.member("Commenter");
        Reply held = reader.api().post(BLOG + "posts/" + post + "/comments", "{\"body\":\"First!\"}");
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(held.json().getString("status")).isEqualTo("PENDING_REVIEW");
        long comment = held.json().getJsonNumber("id").longValue();
        assertThat(Api.anonymous().get(BLOG + "posts/" + post + "/comments").body()).doesNotContain("\"id\":" + comment);
        assertThat(reader.api().get(BLOG + "posts/" + post + "/comments").body()).as("its writer sees it").contains("\"id\":" + comment);

        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        JsonObject entry = ReviewQueueEntries.openFor(moderator.api(), comment);
        assertThat(entry.getString("cause")).isEqualTo("PLUGIN");
        ReviewQueueEntries.decide(moderator.api(), entry, "\"decision\":\"APPROVE\"");
        assertThat(Api.anonymous().get(BLOG + "posts/" + post + "/comments").body()).contains("\"id\":" + comment);

        Reply reply = editor.api().post(BLOG + "posts/" + post + "/comments", "{\"body\":\"Thanks\",\"answers\":" + comment + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        Reply deeper = reader.api().post(BLOG + "posts/" + post + "/comments", "{\"body\":\"Deeper\",\"answers\":"
                + reply.json().getJsonNumber("id") + "}");
        assertThat(deeper.status()).as("one level of replies: " + deeper).isEqualTo(400);
        Reply.await(() -> author.api().get("api/v1/me/notifications"), r -> r.body().contains("blog-comment"), Duration.ofSeconds(10));
    }

    @Test
    void aCommentDeletedByItsWriterLeavesItsReplyInPlace() {
        long post = publishedPost("{}");
        Accounts.Account reader = Accounts.member("Regretful");
        long comment = Blogging.comment(reader, post, "First!", null);
        Blogging.comment(editor, post, "Thanks", comment);

        String comments = BLOG + "posts/" + post + "/comments";
        long version = reader.api().get(comments).items().getJsonObject(0).getJsonNumber("version").longValue();
        Reply stale = reader.api().delete(BLOG + "comments/" + comment + "?version=" + (version - 1));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(Accounts.member("Stranger").api().delete(BLOG + "comments/" + comment + "?version=" + version).status())
                .isEqualTo(403);
        assertThat(reader.api().delete(BLOG + "comments/999999999?version=1").status()).isEqualTo(404);
        Reply deleted = reader.api().delete(BLOG + "comments/" + comment, "If-Match", "\"" + version + "\"");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

        JsonObject placeholder = Api.anonymous().get(comments).items().getJsonObject(0);
        assertThat(placeholder.getString("status")).isEqualTo("DELETED");
        assertThat(placeholder.getString("body")).isEmpty();
        assertThat(Api.anonymous().get(comments).body()).contains("Thanks").doesNotContain("First!");
        assertThat(Api.anonymous().get(BLOG + "feeds/atom/posts/" + post + "/comments").body()).contains("Thanks")
                .doesNotContain("First!");
        assertThat(Api.anonymous().get("p/blog/post.xhtml?id=" + post).body()).contains("Thanks")
                .doesNotContain("First!").containsAnyOf("Comment deleted", "Commentaire supprimé");
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        String name = name();
        blog(name, "{}");
        String posts = BLOG + "blogs/" + name + "/posts";
        List<String> bodies = List.of("{\"title\":", "[1,2]", "{\"title\":\"T\",\"state\":\"LIVE\"}",
                "{\"title\":\"" + "t".repeat(301) + "\"}", "{\"title\":\"T\",\"slug\":\"Not A Slug\"}",
                "{\"title\":\"T\",\"tags\":[\"" + "x".repeat(51) + "\"]}", "{\"title\":\"T\",\"publishAt\":\"tomorrow\"}",
                "{\"title\":\"T\",\"cover\":999999999}", "{\"body\":\"no title\"}");
        for (String body : bodies) {
            Reply refused = author.api().post(posts, body);
            assertThat(refused.status()).as(body + " -> " + refused).isBetween(400, 499);
            assertThat(refused.contentType()).as(body).startsWith("application/problem+json");
        }
        assertThat(author.api().get(posts + "?unpublished=true").items()).as("nothing written").isEmpty();
        assertThat(Api.anonymous().get(posts + "?limit=0").status()).isEqualTo(400);
        assertThat(Api.anonymous().get(posts + "?month=2026-13").status()).isEqualTo(400);
        assertThat(Api.anonymous().get(BLOG + "blogs/no-such-blog-" + name).status()).isEqualTo(404);
        assertThat(manager.api().post(BLOG + "blogs", "{\"name\":\"Bad Name\",\"title\":\"x\"}").status()).isEqualTo(400);
        assertThat(manager.api().post(BLOG + "blogs", "{\"name\":\"" + name() + "\",\"title\":\"x\",\"language\":\"de\"}")
                .status()).isEqualTo(400);
        assertThat(manager.api().put(BLOG + "blogs/" + name + "/team", "[{\"member\":" + author.id() + ",\"role\":\"AUTHOR\"}]")
                .status()).as("a team keeps an owner").isEqualTo(400);
        assertThat(Api.anonymous().get(BLOG + "blogs/" + name + "/team").body()).contains("\"memberId\":" + author.id());
    }

    // helpers

    /** A post of the author's, published on a new blog with the settings of {@code blogJson}'s fields. */
    private static long publishedPost(String blogJson) {
        String name = name();
        blog(name, blogJson);
        return post(author, name, "{\"title\":\"Talk to us\",\"body\":\"Comments welcome\",\"state\":\"PUBLISHED\"}")
                .getJsonNumber("id").longValue();
    }

    /** A blog of the manager's with the shared team, its settings from {@code json}'s fields. */
    private static void blog(String name, String json) {
        String fields = json.substring(1, json.length() - 1);
        Reply created = manager.api().post(BLOG + "blogs", "{\"name\":\"" + name + "\",\"title\":\"Blog " + name
                + "\",\"official\":true" + (fields.isBlank() ? "" : "," + fields) + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Reply team = manager.api().put(BLOG + "blogs/" + name + "/team", "[{\"member\":" + manager.id()
                + ",\"role\":\"OWNER\"},{\"member\":" + editor.id() + ",\"role\":\"EDITOR\"},{\"member\":" + author.id()
                + ",\"role\":\"AUTHOR\"}]");
        assertThat(team.status()).as(team.toString()).isEqualTo(200);
    }

    private static JsonObject post(Accounts.Account writer, String blog, String json) {
        Reply created = writer.api().post(BLOG + "blogs/" + blog + "/posts", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static JsonObject patch(Accounts.Account writer, long id, String json) {
        Reply edited = writer.api().send("PATCH", BLOG + "posts/" + id, json, "application/json");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        return edited.json();
    }

    private static String name() {
        return "b-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A word no other test writes, for search. */
    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("blogword");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static long total(Reply reply) {
        return reply.status() == 200 ? reply.json().getJsonNumber("total").longValue() : -1;
    }

}
