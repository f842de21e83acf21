package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An administrator imports a small forum from another one, reads it back over REST and search, and runs it again. */
class ImportIT extends Deployed {

    @Test
    void anImportedForumReadsAsIfPostedAndARerunWritesNothing() throws InterruptedException {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String tag = "imp" + run.replaceAll("[0-9]", "x");
        String file = String.join("\n",
                line("c", "forum.category", null, "Imported " + run, "", "[]", "{\"position\":90}", "2019-05-01T10:00:00Z"),
                line("t", "forum.topic", "c", "Vieux sujet " + run, "Le **premier** message du sujet", "[\"" + tag + "\"]",
                        "{\"pinned\":false,\"locked\":false,\"question\":false}", "2019-05-02T10:00:00Z"),
                line("r1", "forum.reply", "t", "", "Une réponse", "[]", "{}", "2019-05-03T10:00:00Z"),
                "{\"id\":\"broken\"",
                line("r2", "forum.reply", "t", "", "Une autre réponse", "[]", "{}", "2019-05-04T10:00:00Z"));
        Api admin = Accounts.admin().api();

        JsonObject done = await(admin, admin.send("POST", "api/v1/admin/imports?source=it-" + run, file,
                "application/x-ndjson"));
        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(done.getJsonNumber("written").longValue()).isEqualTo(4);
        assertThat(done.getJsonNumber("errors").longValue()).isEqualTo(1);
        assertThat(done.getJsonArray("firstErrors").getJsonObject(0).getJsonNumber("line").longValue()).isEqualTo(4);

        Reply found = Api.anonymous().get("api/v1/search?q=tag:" + tag);
        assertThat(found.items()).hasSize(1);
        long topic = found.items().getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject read = Api.anonymous().get("api/v1/forum/topics/" + topic).json();
        assertThat(read.getJsonNumber("replyCount").longValue()).isEqualTo(2);
        assertThat(read.getJsonObject("replies").getJsonArray("items")).hasSize(2);
        assertThat(read.toString()).contains("<strong>premier</strong>");

        JsonObject again = await(admin, admin.send("POST", "api/v1/admin/imports?source=it-" + run, file,
                "application/x-ndjson"));
        assertThat(again.getJsonNumber("written").longValue()).isZero();
        assertThat(again.getJsonNumber("skipped").longValue()).isEqualTo(4);
        assertThat(Api.anonymous().get("api/v1/forum/topics/" + topic).json().getJsonNumber("replyCount").longValue())
                .isEqualTo(2);
    }

    @Test
    void aSecondImportOfASourceWhileTheFirstRunsIsAConflict() throws InterruptedException {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder file = new StringBuilder()
                .append(line("c", "forum.category", null, "Busy " + run, "", "[]", "{\"position\":91}", "2019-05-01T10:00:00Z"))
                .append('\n').append(line("t", "forum.topic", "c", "Long " + run, "A topic with many replies", "[]",
                        "{\"pinned\":false,\"locked\":false,\"question\":false}", "2019-05-02T10:00:00Z"));
        // more than one batch, so that the first import still runs when the second arrives
        for (int i = 0; i < 5000; i++) {
            file.append('\n').append(line("r" + i, "forum.reply", "t", "", "Réponse " + i, "[]", "{}", "2019-05-03T10:00:00Z"));
        }
        Api admin = Accounts.admin().api();

        Reply first = admin.send("POST", "api/v1/admin/imports?source=busy-" + run, file.toString(), "application/x-ndjson");
        Reply second = admin.send("POST", "api/v1/admin/imports?source=busy-" + run, file.toString(), "application/x-ndjson");

        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(await(admin, first).getJsonNumber("written").longValue()).isEqualTo(5002);
    }

    private static JsonObject await(Api admin, Reply started) throws InterruptedException {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.header("Location").replaceFirst("^https?://[^/]+/", "");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonObject progress = admin.get(job).json();
        while (!"DONE".equals(progress.getString("state")) && !"FAILED".equals(progress.getString("state"))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            progress = admin.get(job).json();
        }
        return progress;
    }

    private static String line(String id, String type, String parent, String title, String body, String tags,
            String attributes, String created) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\"" + (parent == null ? "" : ",\"parent\":\"" + parent + "\"")
                + ",\"author\":{\"email\":\"importer-" + id + "@symbiose.test\",\"name\":\"Ancien " + id + "\"},\"title\":\""
                + title + "\",\"body\":\"" + body + "\",\"tags\":" + tags + ",\"attributes\":" + attributes
                + ",\"created\":\"" + created + "\"}";
    }
}
