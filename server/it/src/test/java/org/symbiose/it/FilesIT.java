package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Uploaded files over REST on a real server: each accepted type, in multipart and raw bodies;
 * refusals for size, type (whatever the name says), name and quota; how files are served, only
 * with the key in their url; who deletes them; and Markdown showing them as images.
 */
class FilesIT extends Deployed {

    private static final String FILES = "api/v1/files";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void eachAllowedTypeIsStoredAndServedAsItsContentSays() throws Exception {
        Accounts.Account member = Accounts.member("Uploader");
        Map<String, byte[]> types = Map.of("image/png", Uploads.PNG, "image/jpeg", Uploads.JPEG, "image/gif", Uploads.GIF,
                "image/webp", Uploads.WEBP, "application/pdf", Uploads.PDF, "text/plain", Uploads.TEXT);
        for (var type : types.entrySet()) {
            // declared as something else on purpose: the content decides
            Uploads.Multipart body = Uploads.multipart("../dir/my file.bin", "application/x-whatever", type.getValue());
            Reply stored = member.api().upload(FILES, body.body(), body.contentType());
            assertThat(stored.status()).as(type.getKey() + ": " + stored).isEqualTo(201);
            JsonObject file = stored.json();
            long id = file.getJsonNumber("id").longValue();
            assertThat(file.getString("mediaType")).isEqualTo(type.getKey());
            assertThat(file.getString("name")).isEqualTo("my file.bin");
            assertThat(file.getJsonNumber("size").longValue()).isEqualTo(type.getValue().length);
            assertThat(file.getString("sha256")).isEqualTo(sha256(type.getValue()));
            assertThat(file.getJsonNumber("ownerId").longValue()).isEqualTo(member.id());
            String url = file.getString("url");
            assertThat(url).matches("/api/v1/files/" + id + "\\?key=[A-Za-z0-9_-]{22}");
            assertThat(stored.header("Location")).endsWith(url);

            HttpResponse<byte[]> served = download(url, null);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).isEqualTo(type.getValue());
            assertThat(served.headers().firstValue("Content-Type").orElseThrow()).startsWith(type.getKey());
            assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(served.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith(type.getKey().startsWith("image/") ? "inline;" : "attachment;")
                    .contains("filename=\"my file.bin\"");
            assertThat(served.headers().firstValue("ETag")).contains("\"" + sha256(type.getValue()) + "\"");
            assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
            assertThat(download(url, "\"" + sha256(type.getValue()) + "\"").statusCode()).isEqualTo(304);
        }
        Reply raw = member.api().upload(FILES + "?name=note.txt", Uploads.TEXT, "text/plain");
        assertThat(raw.status()).as(raw.toString()).isEqualTo(201);
        assertThat(raw.json().getString("name")).isEqualTo("note.txt");
        assertThat(download(raw.json().getString("url"), null).headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", "")).isEqualToIgnoringCase("text/plain;charset=UTF-8");
    }

    @Test
    void aFileIsNotServedWithoutItsKeyOrWithAWrongKeyAndIsWithIt() throws Exception {
        Accounts.Account owner = Accounts.member("Keeper");
        JsonObject file = Uploads.stored(owner, "private.png", Uploads.PNG);
        String url = file.getString("url");
        String path = FILES + "/" + file.getJsonNumber("id").longValue();
        String key = url.substring(url.indexOf("?key=") + 5);
        String otherKey = Uploads.stored(owner, "other.png", Uploads.PNG).getString("url").replaceAll(".*\\?key=", "");
        Accounts.Account moderator = Accounts.withRole("MODERATOR");

        for (String wrong : new String[] {"", "?key=", "?key=" + otherKey, "?key=" + key.substring(1),
                "?key=" + key.substring(0, 21) + (key.endsWith("A") ? "B" : "A"), "?key=" + key + "A"}) {
            Reply refused = Api.anonymous().get(path + wrong);
            assertProblem(refused, 404);
            assertThat(refused.body()).as("as for an unknown id").contains("No file has id");
            assertProblem(owner.api().get(path + wrong), 404);
            assertProblem(moderator.api().get(path + wrong), 404);
        }
        HttpResponse<byte[]> served = download(url, null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(Uploads.PNG);
        assertThat(owner.api().get(url.substring(1)).status()).isEqualTo(200);
    }

    @Test
    void whatTheLimitsRefuseIsAProblemAndNothingIsStored() {
        Accounts.Account member = Accounts.member("Refused");
        assertProblem(member.api().upload(FILES + "?name=big.png", Uploads.png(5 * 1024 * 1024 + 1), "image/png"), 413);
        assertProblem(member.api().upload(FILES + "?name=huge.png", Uploads.png(6 * 1024 * 1024), "image/png"), 413);
        assertProblem(member.api().upload(FILES + "?name=cat.png",
                "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8), "image/png"), 415);
        Uploads.Multipart svg = Uploads.multipart("logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
        assertProblem(member.api().upload(FILES, svg.body(), svg.contentType()), 415);
        assertProblem(member.api().upload(FILES + "?name=tool.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3}, "image/png"), 415);
        Reply noName = member.api().upload(FILES, Uploads.PNG, "image/png");
        assertProblem(noName, 400);
        assertThat(noName.body()).contains("\"field\":\"name\"");
        assertProblem(member.api().upload(FILES + "?name=..", Uploads.PNG, "image/png"), 400);
        Uploads.Multipart wrongPart = Uploads.multipart("a.png", "image/png", Uploads.PNG);
        assertProblem(member.api().upload(FILES, new String(wrongPart.body(), StandardCharsets.ISO_8859_1)
                .replace("name=\"file\"", "name=\"other\"").getBytes(StandardCharsets.ISO_8859_1), wrongPart.contentType()), 400);
        assertProblem(Api.anonymous().upload(FILES + "?name=a.png", Uploads.PNG, "image/png"), 401);
        assertProblem(member.api().get(FILES + "/999999999"), 404);
        assertProblem(member.api().get(FILES + "/999999999?key=AAAAAAAAAAAAAAAAAAAAAA"), 404);
        assertProblem(member.api().upload(FILES + "?name=a.png", Uploads.PNG, "image/png"), 201);
    }

    @Test
    void aMemberUploadsUpToTheDailyQuota() {
        Accounts.Account member = Accounts.member("Prolific");
        byte[] largest = Uploads.png(5 * 1024 * 1024);
        assertThat(member.api().upload(FILES + "?name=one.png", largest, "image/png").status()).isEqualTo(201);
        assertThat(member.api().upload(FILES + "?name=two.png", largest, "image/png").status()).isEqualTo(201);
        Reply third = member.api().upload(FILES + "?name=three.png", Uploads.png(3 * 1024 * 1024), "image/png");
        assertProblem(third, 429);
        assertThat(third.json().getString("detail")).contains("a day");
        assertThat(Accounts.member("Other").api().upload(FILES + "?name=mine.png", Uploads.png(3 * 1024 * 1024), "image/png")
                .status()).as("each member has their own quota").isEqualTo(201);
    }

    @Test
    void itsOwnerOrAModeratorDeletesAFile() {
        Accounts.Account owner = Accounts.member("Owner");
        JsonObject stored = Uploads.stored(owner, "a.png", Uploads.PNG);
        long first = stored.getJsonNumber("id").longValue();
        long second = Uploads.upload(owner, "b.png", Uploads.PNG);

        assertProblem(Accounts.member("Stranger").api().delete(FILES + "/" + first), 403);
        assertThat(owner.api().delete(FILES + "/" + first).status()).isEqualTo(204);
        assertProblem(Api.anonymous().get(stored.getString("url").substring(1)), 404);
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        assertThat(moderator.api().delete(FILES + "/" + second).status()).isEqualTo(204);
        assertThat(Accounts.admin().api().get("api/v1/moderation/audit?action=files.delete").body())
                .contains("file " + second);
    }

    @Test
    void theApiTakesTheSessionCookieOnlyWithThePagesToken() {
        Reply forged = Api.anonymous().send("POST", FILES + "?name=a.txt", "hello", "text/plain",
                "X-Symbiose-Session-Token", "not-the-token", "Cookie", "JSESSIONID=stolen");
        assertProblem(forged, 401);
        // a real signed-in session: its cookie alone, or with a token not its own, signs nothing in
        Accounts.Account member = Accounts.member("Cookie holder");
        SiteSession session = SiteSession.signedIn(member.email(), member.password());
        assertThat(session.post(FILES + "?name=a.txt", "hello", "text/plain")).isEqualTo(401);
        assertThat(session.post(FILES + "?name=a.txt", "hello", "text/plain", "X-Symbiose-Session-Token", "not-the-token"))
                .isEqualTo(401);
    }

    @Test
    void markdownShowsOurFilesAsImages() {
        Accounts.Account member = Accounts.member("Illustrator");
        JsonObject file = Uploads.stored(member, "chart.png", Uploads.PNG);
        String url = file.getString("url");
        Reply item = member.api().post("api/v1/items", "{\"type\":\"test.topic\",\"title\":\"With a picture\",\"body\":"
                // one image: a new member's limit (images from javascript: are refused in MarkdownRendererTest)
                + "\"![chart](" + url + ") [x](javascript:alert(1))\"}");
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        String html = item.json().getString("bodyHtml");
        assertThat(html).contains("<img src=\"" + url.replace("=", "&#61;") + "\" alt=\"chart\"").doesNotContain("javascript");
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    /** GET of a file's {@code url}, relative to the site root as the store gives it. */
    private static HttpResponse<byte[]> download(String url, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.BASE.resolve(url));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
