package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.symbiose.it.Accounts.Account;

/**
 * One vocabulary over the whole API, the core's and plugins' alike: every GET of the OpenAPI
 * document sends a validator and answers 304 to it; every list is {@code {items, next}} with a
 * {@code Link}; the forum answers the platform's problem types; a flag answers its Location.
 */
class ApiVocabularyIT extends Deployed {

    private static final String FORUM = "api/v1/forum/";

    /** GETs that stream their answer (a download) and so are not hashed. */
    private static final Set<String> STREAMED = Set.of("/api/v1/moderation/audit/export");

    /** Ids to fill a documented path with, and the query some paths need. */
    record Samples(long category, long topic, long member, long file, String fileKey, long flagged, long importJob,
            BlogSamples blog, FaqSamples faq, IdeasSamples ideas) {

        String fill(String template) {
            String path = template;
            if (path.startsWith("/api/v1/blog/")) {
                return blog.fill(path);
            }
            if (path.startsWith("/api/v1/faq/")) {
                return faq.fill(path);
            }
            if (path.startsWith("/api/v1/ideas/")) {
                return ideas.fill(path);
            }
            if (path.contains("/flags")) {
                path = path.replace("{id}", Long.toString(flagged));
            }
            if (path.equals("/api/v1/search")) {
                path += "?q=topic";
            }
            if (path.equals("/api/v1/forum/suggestions")) {
                path += "?title=topic";
            }
            if (path.startsWith("/api/v1/admin/imports/")) {
                path = path.replace("{id}", Long.toString(importJob));
            }
            if (path.startsWith("/api/v1/files/")) {
                path = path.replace("{id}", Long.toString(file)) + "?key=" + fileKey;
            }
            return path.replace("/categories/{id}", "/categories/" + category)
                    .replace("/members/{id}", "/members/" + member)
                    .replace("{tag}", "vocab").replace("{kind}", "like").replace("{plugin}", "forum")
                    .replaceAll("\\{[a-zA-Z]+}", Long.toString(topic));
        }
    }

    @Test
    void everyGetOfTheDocumentSendsAValidatorAndAnswers304() {
        Account admin = Accounts.admin();
        Samples samples = samples(admin);
        SoftAssertions softly = new SoftAssertions();
        int validated = 0;
        List<String> forum = new ArrayList<>();
        for (String path : operations().getOrDefault("get", List.of())) {
            String url = samples.fill(path).substring(1);
            Reply read = admin.api().get(url);
            if (STREAMED.contains(path)) {
                continue;
            }
            softly.assertThat(read.status()).as("GET " + url + ": " + read).isEqualTo(200);
            if (read.status() != 200) {
                continue;
            }
            String etag = read.header("ETag");
            softly.assertThat(etag).as("ETag of GET " + url).isNotBlank();
            if (etag == null) {
                continue;
            }
            Reply again = admin.api().get(url, "If-None-Match", etag);
            softly.assertThat(again.status()).as("GET " + url + " with If-None-Match " + etag).isEqualTo(304);
            softly.assertThat(again.body()).as("a 304 has no body").isEmpty();
            softly.assertThat(again.header("ETag")).as("a 304 names its tag").isEqualTo(etag);
            validated++;
            if (path.startsWith("/api/v1/forum/")) {
                forum.add(path);
            }
        }
        softly.assertThat(forum).as("the forum's reads").contains("/api/v1/forum/topics/{id}",
                "/api/v1/forum/categories", "/api/v1/forum/topics/latest");
        softly.assertThat(validated).as("GETs that answered with a validator").isGreaterThan(35);
        softly.assertAll();

        // a changed answer has a new tag: the hash follows the content
        String topic = FORUM + "topics/" + samples.topic();
        String before = Api.anonymous().get(topic).header("ETag");
        Account other = Accounts.member("Replier");
        assertThat(other.api().post(topic + "/replies", "{\"body\":\"A reply that changes the topic\"}").status())
                .isEqualTo(201);
        Reply changed = Api.anonymous().get(topic, "If-None-Match", before);
        assertThat(changed.status()).as("the old tag no longer matches").isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(before);
    }

    @Test
    void everyListIsItemsAndANextUrlWithItsLink() {
        Account admin = Accounts.admin();
        Samples samples = samples(admin);
        Account member = Accounts.member("Lister");
        for (int i = 0; i < 2; i++) {
            Reply created = member.api().post(FORUM + "topics", "{\"category\":" + samples.category()
                    + ",\"title\":\"Listed topic " + i + "\",\"body\":\"Body of listed topic " + i + "\",\"tags\":[\"vocab\"]}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        Reply first = Api.anonymous().get(FORUM + "categories/" + samples.category() + "/topics?limit=2");
        assertThat(first.items()).hasSize(2);
        String next = first.json().getString("next");
        assertThat(next).contains("offset=2", "limit=2");
        assertThat(first.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
        Reply last = Api.anonymous().get(next.substring(next.indexOf("api/v1")));
        assertThat(last.items()).hasSize(1);
        assertThat(last.json().get("next")).as("the last page has no next").isIn(null, JsonValue.NULL);
        assertThat(last.header("Link")).isNull();

        Reply latest = Api.anonymous().get(FORUM + "topics/latest?limit=1");
        assertThat(latest.json().getString("next")).contains("before=");
        assertThat(latest.header("Link")).contains("rel=\"next\"");

        // the lists that were bare arrays
        for (String list : List.of(FORUM + "categories", "api/v1/search/suggest?q=list",
                "api/v1/search/related/" + samples.topic(), "api/v1/items/" + samples.topic() + "/revisions",
                "api/v1/moderation/queue", "api/v1/me/tokens", "api/v1/admin/plugins",
                "api/v1/admin/settings", "api/v1/admin/permissions", "api/v1/moderation/watched-words")) {
            Reply reply = admin.api().get(list);
            assertThat(reply.status()).as(list + ": " + reply).isEqualTo(200);
            assertThat(reply.json().get("items")).as(list).isInstanceOf(jakarta.json.JsonArray.class);
        }
        // the index takes in the two topics a moment after their 201s
        Reply search = Reply.await(() -> Api.anonymous().get("api/v1/search?q=listed&limit=1"),
                r -> r.status() == 200 && r.json().getJsonNumber("total").longValue() >= 2, Duration.ofSeconds(10));
        assertThat(search.items()).hasSize(1);
        assertThat(search.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(search.json().getString("next")).contains("offset=1");
        assertThat(search.header("Link")).contains("offset=1");
    }

    @Test
    void theForumAnswersThePlatformsProblemTypes() {
        Account admin = Accounts.admin();
        Samples samples = samples(admin);
        Account member = Accounts.member("Silenced");
        Reply topic = member.api().post(FORUM + "topics", "{\"category\":" + samples.category()
                + ",\"title\":\"Before silence\",\"body\":\"Written before the silence\"}");
        assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
        long id = topic.json().getJsonNumber("id").longValue();

        Reply unversioned = member.api().put(FORUM + "posts/" + id, "{\"body\":\"No version named\"}");
        assertThat(unversioned.status()).as(unversioned.toString()).isEqualTo(428);
        assertThat(unversioned.json().getString("type")).isEqualTo("urn:symbiose:problem:precondition-required");
        Reply matched = member.api().put(FORUM + "posts/" + id, "{\"body\":\"Version as If-Match\"}",
                "If-Match", "\"" + topic.json().getJsonNumber("version") + "\"");
        assertThat(matched.status()).as(matched.toString()).isEqualTo(200);

        Reply silenced = admin.api().post("api/v1/moderation/members/" + member.id() + "/sanctions",
                "{\"kind\":\"SILENCE\",\"reasonKey\":\"spam\",\"note\":\"Test\"}");
        assertThat(silenced.status()).as(silenced.toString()).isEqualTo(201);
        assertThat(silenced.json().getJsonArray("sanctions").getJsonObject(0).getString("reasonKey")).isEqualTo("spam");
        for (Reply refused : List.of(
                member.api().post(FORUM + "topics/" + id + "/replies", "{\"body\":\"Silenced reply\"}"),
                member.api().post("api/v1/items", "{\"type\":\"test.topic\",\"title\":\"t\",\"body\":\"Silenced item\"}"))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().getString("type")).isEqualTo("urn:symbiose:problem:account-silenced");
        }
    }

    @Test
    void aCreatedFlagAnswersItsLocation() {
        Samples samples = samples(Accounts.admin());
        Account flagger = Accounts.member("Flagger");
        Reply flagged = flagger.api().post("api/v1/items/" + samples.topic() + "/flags",
                "{\"flagReason\":\"OFF_TOPIC\",\"text\":\"Elsewhere\"}");
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
        String location = flagged.header("Location");
        assertThat(location).endsWith("/api/v1/items/" + samples.topic() + "/flags/mine");
        JsonObject mine = flagger.api().get(location.substring(location.indexOf("api/v1"))).json();
        assertThat(mine.getString("flagReason")).isEqualTo("OFF_TOPIC");
        assertThat(mine.getString("text")).isEqualTo("Elsewhere");
        assertThat(Accounts.member().api().get("api/v1/items/" + samples.topic() + "/flags/mine").status())
                .as("another member has no flag there").isEqualTo(404);
    }

    /** A blog of the administrator's with a published post, a comment, an uploaded image and a WordPress import. */
    record BlogSamples(String name, long post, long comment, long media, long importJob) {

        String fill(String template) {
            return template.replace("{name}", name).replace("/media/{id}", "/media/" + media)
                    .replace("/imports/{id}", "/imports/" + importJob).replace("/comments/{id}", "/comments/" + comment)
                    .replace("{kind}", "like").replace("{version}", "1").replace("{tag}", "vocab")
                    .replace("{fmt}", "atom").replace("{c}", "vocabulary").replace("{category}", "vocabulary")
                    .replaceAll("\\{[a-zA-Z]+}", Long.toString(post));
        }

        static BlogSamples of(Account admin) {
            String name = "vocab-" + Long.toString(System.nanoTime(), 36);
            Reply blog = admin.api().post("api/v1/blog/blogs", "{\"name\":\"" + name + "\",\"title\":\"Vocabulary\","
                    + "\"official\":true}");
            assertThat(blog.status()).as(blog.toString()).isEqualTo(201);
            Reply post = admin.api().post("api/v1/blog/blogs/" + name + "/posts", "{\"title\":\"Vocabulary\",\"body\":\"b\","
                    + "\"state\":\"PUBLISHED\",\"tags\":[\"vocab\"],\"categories\":[\"Vocabulary\"]}");
            assertThat(post.status()).as(post.toString()).isEqualTo(201);
            long postId = post.json().getJsonNumber("id").longValue();
            Reply comment = admin.api().post("api/v1/blog/posts/" + postId + "/comments", "{\"body\":\"c\"}");
            assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
            Reply media = admin.api().upload("api/v1/blog/atompub/blogs/" + name + "/media", Uploads.PNG, "image/png",
                    "Slug", "vocabulary.png");
            assertThat(media.status()).as(media.toString()).isEqualTo(201);
            String location = media.header("Location");
            // an export with no items: a finished import to read
            Reply imported = admin.api().upload("api/v1/blog/imports?blog=" + name, ("<rss xmlns:wp=\"http://wordpress.org/export/1.2/\">"
                    + "<channel><title>Vocabulary</title><wp:wxr_version>1.2</wp:wxr_version></channel></rss>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/xml");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
            long job = imported.json().getJsonNumber("id").longValue();
            awaitDone(admin.api(), "api/v1/blog/imports/" + job);
            return new BlogSamples(name, postId, comment.json().getJsonNumber("id").longValue(),
                    Long.parseLong(location.substring(location.lastIndexOf('/') + 1)), job);
        }
    }

    /** A FAQ section with a published entry of the administrator's. */
    record FaqSamples(long section, long entry) {

        String fill(String template) {
            return template.replace("/sections/{id}", "/sections/" + section).replace("{version}", "1")
                    .replaceAll("\\{[a-zA-Z]+}", Long.toString(entry));
        }

        static FaqSamples of(Account admin) {
            Reply section = admin.api().post("api/v1/faq/sections", "{\"titles\":{\"en\":\"Vocabulary\"}}");
            assertThat(section.status()).as(section.toString()).isEqualTo(201);
            long sectionId = section.json().getJsonNumber("id").longValue();
            Reply entry = admin.api().post("api/v1/faq/entries", "{\"sectionId\":" + sectionId + ",\"question\":"
                    + "\"Vocabulary?\",\"answer\":\"Words\",\"language\":\"en\",\"state\":\"PUBLISHED\"}");
            assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
            return new FaqSamples(sectionId, entry.json().getJsonNumber("id").longValue());
        }
    }

    record IdeasSamples(long box, long idea) {

        String fill(String template) {
            String path = template.replace("{box}", Long.toString(box)).replace("{kind}", "like")
                    .replaceAll("\\{[a-zA-Z]+}", Long.toString(idea));
            return path.endsWith("/similar") ? path + "?title=Vocabulary" : path;
        }

        static IdeasSamples of(Account admin) {
            Reply box = admin.api().post("api/v1/ideas/boxes", "{\"title\":\"Vocabulary\"}");
            assertThat(box.status()).as(box.toString()).isEqualTo(201);
            long boxId = box.json().getJsonNumber("id").longValue();
            Reply idea = admin.api().post("api/v1/ideas/boxes/" + boxId + "/ideas", "{\"title\":\"Vocabulary idea\"}");
            assertThat(idea.status()).as(idea.toString()).isEqualTo(201);
            return new IdeasSamples(boxId, idea.json().getJsonNumber("id").longValue());
        }
    }

    private static Samples samples;

    /** A category, a tagged topic with a reply, a file, and an item the administrator flagged. */
    static synchronized Samples samples(Account admin) {
        if (samples == null) {
            Reply category = admin.api().post(FORUM + "categories", "{\"name\":\"Vocabulary " + System.nanoTime() + "\"}");
            assertThat(category.status()).as(category.toString()).isEqualTo(201);
            long categoryId = category.json().getJsonNumber("id").longValue();
            Account author = Accounts.member("Author");
            Reply topic = author.api().post(FORUM + "topics", "{\"category\":" + categoryId
                    + ",\"title\":\"A topic to read\",\"body\":\"Its body\",\"tags\":[\"vocab\"]}");
            assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
            long topicId = topic.json().getJsonNumber("id").longValue();
            assertThat(author.api().post(FORUM + "topics/" + topicId + "/replies", "{\"body\":\"A first reply\"}").status())
                    .isEqualTo(201);
            Reply file = author.api().upload("api/v1/files?name=note.txt", Uploads.TEXT, "text/plain");
            assertThat(file.status()).as(file.toString()).isEqualTo(201);
            String url = file.json().getString("url");
            // another author: new members may post only so often
            Reply other = Accounts.member("Flagged").api().post(FORUM + "topics", "{\"category\":" + categoryId
                    + ",\"title\":\"A topic to flag\",\"body\":\"Flag me\"}");
            assertThat(other.status()).as(other.toString()).isEqualTo(201);
            long flagged = other.json().getJsonNumber("id").longValue();
            Reply flag = admin.api().post("api/v1/items/" + flagged + "/flags", "{\"flagReason\":\"SPAM\"}");
            assertThat(flag.status()).as(flag.toString()).isEqualTo(201);
            // an import of one refused line: a job to read, and nothing written
            Reply imported = admin.api().send("POST", "api/v1/admin/imports?source=vocabulary", "not JSON\n",
                    "application/x-ndjson");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
            long job = imported.json().getJsonNumber("id").longValue();
            awaitDone(admin.api(), "api/v1/admin/imports/" + job);
            samples = new Samples(categoryId, topicId, author.id(), file.json().getJsonNumber("id").longValue(),
                    url.substring(url.indexOf("key=") + 4), flagged, job, BlogSamples.of(admin),
                    FaqSamples.of(admin), IdeasSamples.of(admin));
        }
        return samples;
    }

    /** Waits for an import to end: a running one changes, and so its tag, with every batch. */
    private static void awaitDone(Api admin, String job) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!Set.of("DONE", "FAILED").contains(admin.get(job).json().getString("state"))) {
            assertThat(Instant.now()).as("the import of " + job + " ended").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The document's paths by method (lower case), core and plugins. */
    static Map<String, List<String>> operations() {
        JsonObject paths = Api.anonymous().get("openapi?format=json").json().getJsonObject("paths");
        Map<String, List<String>> operations = new TreeMap<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> operations.computeIfAbsent(m, k -> new ArrayList<>()).add(path)));
        return operations;
    }
}
