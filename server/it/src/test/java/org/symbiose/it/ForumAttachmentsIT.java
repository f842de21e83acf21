package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Files attached to forum posts: only the author's own, at most ten, checked before anything is
 * written (422 otherwise), and shown with the post.
 */
class ForumAttachmentsIT extends Deployed {

    private static final String FORUM = "api/v1/forum/";

    @Test
    void aTopicAndAReplyCarryTheirAuthorsFiles() {
        long category = newCategory();
        Accounts.Account asker = Accounts.member("Asker");
        JsonObject png = Uploads.stored(asker, "screen.png", Uploads.PNG);
        Reply topic = asker.api().post(FORUM + "topics", "{\"category\":" + category
                + ",\"title\":\"See the screen\",\"body\":\"Attached\",\"attachments\":[" + png.getInt("id") + "]}");
        assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
        assertAttachment(topic.json().getJsonArray("attachments"), png, "image/png", Uploads.PNG.length);

        Accounts.Account helper = Accounts.member("Helper");
        JsonObject pdf = Uploads.stored(helper, "manual.pdf", Uploads.PDF);
        long topicId = topic.json().getJsonNumber("id").longValue();
        Reply reply = helper.api().post(FORUM + "topics/" + topicId + "/replies",
                "{\"body\":\"Read the manual\",\"attachments\":[" + pdf.getInt("id") + "," + pdf.getInt("id") + "]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        JsonObject read = Api.anonymous().get(FORUM + "topics/" + topicId).json();
        assertAttachment(read.getJsonObject("topic").getJsonArray("attachments"), png, "image/png", Uploads.PNG.length);
        JsonArray replyFiles = read.getJsonObject("replies").getJsonArray("items").getJsonObject(0).getJsonArray("attachments");
        assertThat(replyFiles).as("the same file once").hasSize(1);
        assertAttachment(replyFiles, pdf, "application/pdf", Uploads.PDF.length);
    }

    @Test
    void onlyTheAuthorsOwnFilesUpToTenAreAttachedElseNothingIsWritten() {
        long category = newCategory();
        Accounts.Account owner = Accounts.member("Owner");
        Accounts.Account other = Accounts.member("Borrower");
        long theirs = Uploads.upload(owner, "theirs.png", Uploads.PNG);
        long mine = Uploads.upload(other, "mine.png", Uploads.PNG);

        assertUnprocessable(other.api().post(FORUM + "topics", "{\"category\":" + category
                + ",\"title\":\"Borrowed\",\"body\":\"Not mine\",\"attachments\":[" + mine + "," + theirs + "]}"));
        assertUnprocessable(other.api().post(FORUM + "topics", "{\"category\":" + category
                + ",\"title\":\"Missing\",\"body\":\"No such file\",\"attachments\":[999999999]}"));
        assertUnprocessable(other.api().post(FORUM + "topics", "{\"category\":" + category + ",\"title\":\"Many\",\"body\":\"x\","
                + "\"attachments\":[" + manyIds() + "]}"));
        assertThat(Api.anonymous().get(FORUM + "categories/" + category + "/topics").json().getJsonArray("items"))
                .as("no topic was written").isEmpty();

        Reply topic = owner.api().post(FORUM + "topics", "{\"category\":" + category + ",\"title\":\"Mine\",\"body\":\"x\"}");
        long topicId = topic.json().getJsonNumber("id").longValue();
        assertUnprocessable(other.api().post(FORUM + "topics/" + topicId + "/replies",
                "{\"body\":\"With their file\",\"attachments\":[" + theirs + "]}"));
        assertThat(Api.anonymous().get(FORUM + "topics/" + topicId).json().getJsonNumber("replyCount").longValue())
                .as("no reply was written").isZero();
    }

    /** Eleven ids, one more than a post may carry. */
    private static String manyIds() {
        return String.join(",", IntStream.rangeClosed(1, 11).mapToObj(String::valueOf).toList());
    }

    /** The post carries {@code uploaded} alone, with its url (and key) as stored: a reader of the post gets the file. */
    private static void assertAttachment(JsonArray files, JsonObject uploaded, String type, long size) {
        assertThat(files).hasSize(1);
        JsonObject file = files.getJsonObject(0);
        assertThat(file.getJsonNumber("id").longValue()).isEqualTo(uploaded.getJsonNumber("id").longValue());
        assertThat(file.getString("name")).isEqualTo(uploaded.getString("name"));
        assertThat(file.getString("type")).isEqualTo(type);
        assertThat(file.getJsonNumber("size").longValue()).isEqualTo(size);
        assertThat(file.getString("url")).isEqualTo(uploaded.getString("url")).matches("/api/v1/files/[0-9]+\\?key=.{22}");
        assertThat(Api.anonymous().get(file.getString("url").substring(1)).status()).isEqualTo(200);
    }

    private static void assertUnprocessable(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static long newCategory() {
        Reply created = Accounts.withRole("COMMUNITY_MANAGER").api().post(FORUM + "categories",
                "{\"name\":\"Attachments " + UUID.randomUUID() + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }
}
