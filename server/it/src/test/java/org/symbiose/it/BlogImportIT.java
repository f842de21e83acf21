package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A WordPress export (the plugin's own fixture: authors, categories, tags, posts, a draft, a scheduled post, a
 * page, threaded comments pending and approved, spam, a pingback, an attachment, a menu entry, a trashed post)
 * imported into a blog, with its report; the same file imported again creates nothing; a file that is not a
 * WordPress export, malformed XML and an entity bomb are refused with nothing written.
 */
class BlogImportIT extends Deployed {

    private static final Path FIXTURE = Path.of(System.getProperty("basedir", "."))
            .resolve("../../plugins/blog/src/test/resources/wxr/wordpress-export.xml");

    @Test
    void importsAWordPressExportOnceWithItsReport() throws IOException {
        Accounts.Account admin = Accounts.admin();
        Accounts.Account claire = Accounts.member("Claire");
        String blog = blog(admin);
        // Claire is a member here under another address: the export's is swapped for hers so that she is matched
        byte[] export = Files.readString(FIXTURE).replace("claire.dupont@atelier-velo.example", claire.email())
                .getBytes(StandardCharsets.UTF_8);

        assertThat(claire.api().upload("api/v1/blog/imports?blog=" + blog, export, "application/xml").status())
                .as("administrators only").isEqualTo(403);
        JsonObject first = finished(admin, admin.api().upload("api/v1/blog/imports?blog=" + blog, export, "application/xml"));
        JsonObject imported = first.getJsonObject("imported");
        assertThat(imported.getInt("posts")).as(first.toString()).isEqualTo(3);
        assertThat(imported.getInt("pages")).isEqualTo(1);
        assertThat(imported.getInt("comments")).as("two approved, one pending; no spam, no pingback").isEqualTo(3);
        assertThat(imported.getInt("attachments")).isEqualTo(1);
        assertThat(first.getInt("skippedCount")).as(first.toString()).isGreaterThanOrEqualTo(4);
        assertThat(first.getJsonArray("skipped").toString()).contains("trash", "spam", "pingback", "menu");
        assertThat(first.getJsonArray("authors").toString()).contains("\"login\":\"claire\"", "\"matched\":\"email\"");

        String posts = Api.anonymous().get("api/v1/blog/blogs/" + blog + "/posts").body();
        assertThat(posts).contains("Régler ses freins en 10 minutes", "À propos de l'atelier")
                .doesNotContain("Nos horaires d'hiver", "Bourse aux vélos", "Vieux brouillon");
        String team = admin.api().get("api/v1/blog/blogs/" + blog + "/posts?unpublished=true").body();
        assertThat(team).contains("Nos horaires d'hiver", "Bourse aux vélos");
        assertThat(Api.anonymous().get("api/v1/blog/blogs/" + blog + "/posts?category=freins").body())
                .contains("Régler ses freins");
        assertThat(Api.anonymous().get("api/v1/blog/blogs/" + blog + "/posts?tag=atelier").body()).contains("Régler ses freins");

        JsonObject second = finished(admin, admin.api().upload("api/v1/blog/imports?blog=" + blog, export, "application/xml"));
        assertThat(second.getJsonObject("imported").getInt("posts")).as(second.toString()).isZero();
        assertThat(second.getJsonObject("imported").getInt("pages")).isZero();
        assertThat(second.getJsonObject("imported").getInt("comments")).isZero();
        assertThat(second.getJsonObject("existing").getInt("posts")).isEqualTo(3);
        assertThat(second.getJsonObject("existing").getInt("comments")).isEqualTo(3);
        assertThat(admin.api().get("api/v1/blog/blogs/" + blog + "/posts?unpublished=true").body()).isEqualTo(team);
    }

    @Test
    void refusesWhatIsNotAWordPressExportAndWritesNothing() throws IOException {
        Accounts.Account admin = Accounts.admin();
        String blog = blog(admin);
        String before = admin.api().get("api/v1/blog/blogs/" + blog + "/posts?unpublished=true").body();
        String imports = "api/v1/blog/imports?blog=" + blog;
        byte[] rss = "<rss version=\"2.0\"><channel><title>A feed</title><item><title>x</title></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] malformed = Files.readString(FIXTURE).substring(0, 5000).getBytes(StandardCharsets.UTF_8);
        byte[] bomb = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss><channel><title>&c;</title></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><title>&x;</title></channel></rss>").getBytes(StandardCharsets.UTF_8);
        for (byte[] file : new byte[][] {rss, malformed, bomb, xxe}) {
            Reply refused = admin.api().upload(imports, file, "application/xml");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain("root:");
        }
        assertThat(admin.api().upload("api/v1/blog/imports", Files.readAllBytes(FIXTURE), "application/xml").status())
                .as("which blog?").isEqualTo(400);
        assertThat(admin.api().upload("api/v1/blog/imports?blog=no-such-blog-here", Files.readAllBytes(FIXTURE),
                "application/xml").status()).isEqualTo(404);
        assertThat(admin.api().get("api/v1/blog/imports/999999999").status()).isEqualTo(404);
        assertThat(admin.api().get("api/v1/blog/blogs/" + blog + "/posts?unpublished=true").body()).as("nothing written")
                .isEqualTo(before);
    }

    private static String blog(Accounts.Account admin) {
        String name = "w-" + UUID.randomUUID().toString().substring(0, 12);
        Reply created = admin.api().post("api/v1/blog/blogs", "{\"name\":\"" + name + "\",\"title\":\"Atelier\","
                + "\"language\":\"fr\",\"official\":true,\"pastSchedulingAllowed\":true}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    /** Waits for the import a 202 started to finish, and answers its report. */
    private static JsonObject finished(Accounts.Account admin, Reply started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).contains("/api/v1/blog/imports/");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject progress = admin.api().get(location).json();
            if (!"RUNNING".equals(progress.getString("state"))) {
                assertThat(progress.getString("state")).as(progress.toString()).isEqualTo("DONE");
                return progress;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The import did not finish within 60 s");
    }
}
