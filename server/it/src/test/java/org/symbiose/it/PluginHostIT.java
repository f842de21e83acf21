package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * Plugins hot-deployed into the running server: a jar dropped into the plugins folder answers on
 * its endpoint, a replaced jar changes behaviour, a deleted one is gone; the server stays healthy
 * throughout and no restart happens.
 */
class PluginHostIT extends Deployed {

    private static final Path PLUGINS = Path.of(System.getProperty("symbiose.plugins"));
    private static final Path HELLO = Path.of(System.getProperty("symbiose.hello-plugin"));
    private static final Path FAULTY = Path.of(System.getProperty("symbiose.faulty-plugin"));
    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(20);

    @Test
    void aPluginIsInstalledUpdatedAndRemovedWhileTheServerRuns() throws IOException {
        Path deployed = PLUGINS.resolve("hello.jar");
        Files.deleteIfExists(deployed);
        awaitStatus("api/v1/hello/greeting", reply -> reply.status() == 404);

        Files.createDirectories(PLUGINS);
        Files.copy(HELLO, deployed, StandardCopyOption.REPLACE_EXISTING);
        Reply greeting = awaitStatus("api/v1/hello/greeting", reply -> reply.status() == 200);
        assertThat(greeting.json().getString("greeting")).isEqualTo("Bonjour");
        Accounts.Account member = Accounts.member();
        assertThat(Api.anonymous().send("POST", "api/v1/hello/notes", "hi", "text/plain").status())
                .as("the platform's access rules apply to plugin endpoints").isEqualTo(401);
        Reply note = member.api().send("POST", "api/v1/hello/notes", "Une note", "text/plain");
        assertThat(note.status()).as(note.toString()).isEqualTo(200);
        long noteId = note.json().getJsonNumber("id").longValue();
        assertThat(note.json().getString("type")).isEqualTo("hello.note");

        Path updated = Files.createTempFile("hello-2", ".jar");
        withGreeting(HELLO, updated, "Salut", "0.2.0");
        Files.move(updated, deployed, StandardCopyOption.REPLACE_EXISTING);
        Reply changed = awaitStatus("api/v1/hello/greeting", reply -> reply.body().contains("Salut"));
        assertThat(changed.status()).isEqualTo(200);

        Files.delete(deployed);
        Reply gone = awaitStatus("api/v1/hello/greeting", reply -> reply.status() == 404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        Reply kept = Api.anonymous().get("api/v1/items/" + noteId);
        assertThat(kept.status()).as("a removed plugin's content stays in the store").isEqualTo(200);
        assertThat(kept.json().getString("body")).isEqualTo("Une note");
        assertThat(Api.anonymous().get("api/v1/health").status()).isEqualTo(200);
    }

    @Test
    void pluginsThatCannotResolveAreReportedAndHarmNothing() throws IOException {
        Files.createDirectories(PLUGINS);
        Path peeker = PLUGINS.resolve("core-peeker.jar");
        Path future = PLUGINS.resolve("future-plugin.jar");
        manifestOnly(peeker, "core-peeker", "org.symbiose.core.member");
        manifestOnly(future, "future-plugin", "org.symbiose.spi.rest;version=\"[2.0,3)\"");
        try {
            Api admin = Accounts.admin().api();
            Reply listed = awaitStatus("api/v1/admin/plugins", admin,
                    reply -> reply.body().contains("core-peeker") && reply.body().contains("future-plugin"));
            var plugins = listed.items().getValuesAs(JsonObject.class);
            var peekerInfo = plugins.stream().filter(p -> p.getString("id").equals("core-peeker")).findFirst().orElseThrow();
            assertThat(peekerInfo.getString("state")).isEqualTo("INSTALLED");
            assertThat(peekerInfo.getJsonArray("problems").getString(0))
                    .contains("org.symbiose.core.member", "server internal");
            var futureInfo = plugins.stream().filter(p -> p.getString("id").equals("future-plugin")).findFirst().orElseThrow();
            assertThat(futureInfo.getString("state")).isEqualTo("INSTALLED");
            assertThat(futureInfo.getJsonArray("problems").getString(0))
                    .contains("org.symbiose.spi.rest", "version>=2.0.0", "offers org.symbiose.spi.rest 1.", "another major version");
            assertThat(Api.anonymous().get("api/v1/health").status()).isEqualTo(200);
            assertThat(Api.anonymous().get("api/v1/core-peeker/x").status()).isEqualTo(404);
        } finally {
            Files.deleteIfExists(peeker);
            Files.deleteIfExists(future);
        }
    }

    @Test
    void aPluginWhoseIdIsACorePathIsRefusedWithTheReason() throws IOException {
        Api admin = Accounts.admin().api();
        Path upload = Files.createTempFile("members", ".jar");
        manifestOnly(upload, "members", "org.symbiose.api.content");
        Reply refused = admin.upload("api/v1/admin/plugins", Files.readAllBytes(upload), "application/java-archive");
        Files.delete(upload);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("\"members\"", "/api/v1/members");

        Files.createDirectories(PLUGINS);
        Path dropped = PLUGINS.resolve("items.jar");
        Path hello = PLUGINS.resolve("hello.jar");
        manifestOnly(dropped, "items", "org.symbiose.api.content");
        Files.copy(HELLO, hello, StandardCopyOption.REPLACE_EXISTING);
        try {
            Reply listed = awaitStatus("api/v1/admin/plugins", admin, reply -> reply.body().contains("\"id\":\"items\""));
            JsonObject items = listed.items().getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("id").equals("items")).findFirst().orElseThrow();
            assertThat(items.getJsonArray("problems").getString(0)).contains("/api/v1/items", "another Bundle-SymbolicName");
            // the other plugins are not held back by it
            awaitStatus("api/v1/hello/greeting", reply -> reply.status() == 200);
            assertThat(Api.anonymous().get("api/v1/items?limit=1").json().containsKey("items")).as("the core's items").isTrue();
        } finally {
            Files.deleteIfExists(dropped);
            Files.deleteIfExists(hello);
        }
        awaitStatus("api/v1/admin/plugins", admin, reply -> !reply.body().contains("\"id\":\"items\""));
        awaitStatus("api/v1/hello/greeting", reply -> reply.status() == 404);
    }

    @Test
    void administratorsUploadDisableEnableAndRemoveAPlugin() throws IOException {
        Api admin = Accounts.admin().api();
        Path jar = Files.createTempFile("hello-upload", ".jar");
        withGreeting(HELLO, jar, "Coucou", "0.3.0");
        byte[] bytes = Files.readAllBytes(jar);

        Reply notAdmin = Accounts.member().api().upload("api/v1/admin/plugins", bytes, "application/java-archive");
        assertThat(notAdmin.status()).isEqualTo(403);
        Reply notAJar = admin.send("POST", "api/v1/admin/plugins", "not a jar", "application/java-archive");
        assertThat(notAJar.status()).isEqualTo(400);

        Reply uploaded = admin.upload("api/v1/admin/plugins", bytes, "application/java-archive");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
        assertThat(uploaded.header("Location")).endsWith("/api/v1/admin/plugins/hello");
        awaitStatus("api/v1/hello/greeting", reply -> reply.body().contains("Coucou"));

        try {
            Reply disabled = admin.put("api/v1/admin/plugins/hello/enabled", "{\"enabled\":false}");
            assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
            assertThat(disabled.json().getBoolean("enabled")).isFalse();
            assertThat(Api.anonymous().get("api/v1/hello/greeting").status()).as("a disabled plugin contributes nothing")
                    .isEqualTo(404);
            assertThat(disabled.json().getJsonArray("nodes").getValuesAs(JsonObject.class))
                    .as("recorded for the other nodes at once").extracting(node -> node.getString("state")).containsExactly("DISABLED");
        } finally {
            // the choice outlives the plugin's jar: never leave it behind for the next tests
            assertThat(admin.put("api/v1/admin/plugins/hello/enabled", "{\"enabled\":true}").status()).isEqualTo(200);
        }
        assertThat(Api.anonymous().get("api/v1/hello/greeting").status()).isEqualTo(200);

        assertThat(admin.delete("api/v1/admin/plugins/hello").status()).isEqualTo(204);
        awaitStatus("api/v1/hello/greeting", reply -> reply.status() == 404);
        awaitStatus("api/v1/admin/plugins", admin, reply -> !reply.body().contains("\"id\":\"hello\""));
        assertThat(admin.delete("api/v1/admin/plugins/hello").status()).isEqualTo(404);
    }

    @Test
    void aFailingOrStuckPluginRequestLeavesTheServerServing() throws Exception {
        Files.createDirectories(PLUGINS);
        Path deployed = PLUGINS.resolve("faulty.jar");
        Files.copy(FAULTY, deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            awaitStatus("api/v1/faulty/fail", reply -> reply.status() == 500);
            Reply failed = Api.anonymous().get("api/v1/faulty/fail");
            assertThat(failed.contentType()).startsWith("application/problem+json");
            assertThat(failed.body()).doesNotContain("broken on purpose");

            var stuck = java.util.concurrent.CompletableFuture.supplyAsync(() -> Api.anonymous().get("api/v1/faulty/spin"));
            assertThat(Api.anonymous().get("api/v1/health").status()).as("the server answers while a plugin spins")
                    .isEqualTo(200);
            assertThat(Api.anonymous().get("api/v1/items").status()).isEqualTo(200);
            Reply interrupted = stuck.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(interrupted.body()).as("the overdue request was interrupted, not left to run 120 s")
                    .contains("stopped");

            Reply listed = Accounts.admin().api().get("api/v1/admin/plugins");
            var faulty = listed.items().getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("id").equals("faulty")).findFirst().orElseThrow();
            assertThat(faulty.getString("state")).isEqualTo("ACTIVE");
            assertThat(faulty.getString("lastError")).contains("took longer than 3 s", "/api/v1/faulty/spin");
        } finally {
            Files.deleteIfExists(deployed);
        }
    }

    @Test
    void pluginsHearCommittedChangesMayRefuseDeletionsAndCannotBreakThem() throws Exception {
        Files.createDirectories(PLUGINS);
        Path hello = PLUGINS.resolve("hello.jar");
        Path faulty = PLUGINS.resolve("faulty.jar");
        Files.copy(HELLO, hello, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(FAULTY, faulty, StandardCopyOption.REPLACE_EXISTING);
        try {
            awaitStatus("api/v1/hello/seen", reply -> reply.status() == 200);
            awaitStatus("api/v1/faulty/fail", reply -> reply.status() == 500);
            long seen = Api.anonymous().get("api/v1/hello/seen").json().getJsonNumber("notes").longValue();
            Accounts.Account member = Accounts.member();

            Reply kept = member.api().send("POST", "api/v1/hello/notes", "please keep this", "text/plain");
            assertThat(kept.status()).as("a listener that throws does not stop the change").isEqualTo(200);
            awaitStatus("api/v1/hello/seen", reply -> reply.json().getJsonNumber("notes").longValue() == seen + 1);

            long keptId = kept.json().getJsonNumber("id").longValue();
            Reply refused = member.api().delete("api/v1/items/" + keptId);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().getString("detail")).contains("this note asks to be kept", "hello");
            assertThat(Api.anonymous().get("api/v1/items/" + keptId).status()).isEqualTo(200);

            Reply other = member.api().send("POST", "api/v1/hello/notes", "this one can go", "text/plain");
            assertThat(member.api().delete("api/v1/items/" + other.json().getJsonNumber("id").longValue()).status())
                    .as("a listener too slow to answer is not waited for").isEqualTo(204);

            var plugins = Accounts.admin().api().get("api/v1/admin/plugins").items().getValuesAs(JsonObject.class);
            String faultyError = plugins.stream().filter(p -> p.getString("id").equals("faulty")).findFirst().orElseThrow()
                    .getString("lastError");
            assertThat(faultyError).containsAnyOf("listener failed", "to answer a deletion");
        } finally {
            Files.deleteIfExists(hello);
            Files.deleteIfExists(faulty);
        }
    }

    @Test
    void aPluginAddsAPageAMenuLinkAndASidebarFragmentToTheSite() throws IOException {
        Files.createDirectories(PLUGINS);
        Path hello = PLUGINS.resolve("hello.jar");
        Files.copy(HELLO, hello, StandardCopyOption.REPLACE_EXISTING);
        try {
            awaitStatus("p/hello/index.xhtml", reply -> reply.status() == 200);
            Reply page = Api.anonymous().get("p/hello/index.xhtml", "Accept-Language", "en");
            assertThat(page.body()).contains("Hello from a plugin", "This page lives in the hello plugin’s bundle",
                    "site-header", "site-footer");
            assertThat(Api.anonymous().get("p/hello/index.xhtml", "Accept-Language", "fr").body())
                    .as("the plugin's own texts, in the page language").contains("Bonjour depuis une extension");
            Reply home = Api.anonymous().get("", "Accept-Language", "fr");
            assertThat(home.body()).contains("href=\"/p/hello/index.xhtml\">Bonjour</a>", "Un bonjour du plugin hello");
        } finally {
            Files.delete(hello);
        }
        awaitStatus("p/hello/index.xhtml", reply -> reply.status() == 404);
        assertThat(Api.anonymous().get("").body()).doesNotContain("/p/hello/", "Un bonjour du plugin hello");
    }

    @Test
    void aPluginGeneratedByTheArchetypeIsHotDeployed() throws IOException {
        Path generated = Path.of(System.getProperty("symbiose.generated-plugin"));
        Path deployed = PLUGINS.resolve("quotes.jar");
        Files.createDirectories(PLUGINS);
        Files.copy(generated, deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            Reply hello = awaitStatus("api/v1/quotes/hello", reply -> reply.status() == 200);
            assertThat(hello.json().getString("plugin")).isEqualTo("quotes");
            assertThat(Api.anonymous().get("api/v1/quotes/me").status()).isEqualTo(401);
            assertThat(Accounts.member().api().get("api/v1/quotes/me").status()).isEqualTo(200);
            assertThat(Api.anonymous().get("p/quotes/index.xhtml").body()).contains("This page comes from the quotes plugin");
            assertThat(Api.anonymous().get("").body()).contains("href=\"/p/quotes/index.xhtml\"");
            Accounts.Account member = Accounts.member();
            assertThat(member.api().post("api/v1/items", "{\"type\":\"quotes.item\",\"body\":\"b\"}").status())
                    .as("the generated type requires a title").isEqualTo(400);
            assertThat(member.api().post("api/v1/items", "{\"type\":\"quotes.item\",\"title\":\"t\",\"body\":\"b\"}")
                    .status()).isEqualTo(201);
        } finally {
            Files.delete(deployed);
        }
    }

    @Test
    void aPluginThatThrowsWhenStartingIsReportedAndHarmsNothing() throws IOException {
        Path deployed = PLUGINS.resolve("unstartable.jar");
        Files.createDirectories(PLUGINS);
        Files.copy(Path.of(System.getProperty("symbiose.unstartable-plugin")), deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            Api admin = Accounts.admin().api();
            Reply listed = awaitStatus("api/v1/admin/plugins", admin, reply -> reply.body().contains("cannot start, on purpose"));
            var plugin = listed.items().getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("id").equals("unstartable")).findFirst().orElseThrow();
            assertThat(plugin.getString("state")).isEqualTo("RESOLVED");
            assertThat(plugin.getString("lastError")).contains("could not start");
            assertThat(Api.anonymous().get("api/v1/health").status()).isEqualTo(200);
        } finally {
            Files.delete(deployed);
        }
    }

    @Test
    void aPluginsPermissionFollowsTheRoleAdministratorsGrantItTo() throws IOException {
        Path hello = Files.createDirectories(PLUGINS).resolve("hello.jar");
        Files.copy(HELLO, hello, StandardCopyOption.REPLACE_EXISTING);
        try {
            Accounts.Account member = Accounts.member();
            Accounts.Account moderator = Accounts.withRole("MODERATOR");
            Api admin = Accounts.admin().api();
            awaitStatus("api/v1/hello/secret", moderator.api(), reply -> reply.status() == 200);
            assertThat(member.api().get("api/v1/hello/secret").status()).isEqualTo(403);
            Reply listed = admin.get("api/v1/admin/permissions");
            assertThat(listed.body()).contains("\"key\":\"hello.secret\"", "\"grantedTo\":\"MODERATOR\"");

            Reply granted = admin.put("api/v1/admin/permissions/hello.secret", "{\"grantedTo\":\"MEMBER\"}");
            assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
            assertThat(member.api().get("api/v1/hello/secret").status()).isEqualTo(200);
            assertThat(admin.put("api/v1/admin/permissions/hello.secret", "{\"grantedTo\":\"ADMINISTRATOR\"}").status())
                    .isEqualTo(200);
            assertThat(moderator.api().get("api/v1/hello/secret").status()).isEqualTo(403);
            admin.put("api/v1/admin/permissions/hello.secret", "{\"grantedTo\":\"MODERATOR\"}");
        } finally {
            Files.delete(hello);
        }
    }

    @Test
    void aPluginsSettingHasADefaultAndTakesOnlyValidValues() throws IOException {
        Path hello = Files.createDirectories(PLUGINS).resolve("hello.jar");
        Files.copy(HELLO, hello, StandardCopyOption.REPLACE_EXISTING);
        try {
            Api admin = Accounts.admin().api();
            Reply farewell = awaitStatus("api/v1/hello/farewell", reply -> reply.status() == 200);
            assertThat(farewell.json().getString("farewell")).isEqualTo("Au revoir");
            assertThat(admin.get("api/v1/admin/settings").body()).contains("\"key\":\"hello.farewell\"",
                    "\"defaultValue\":\"Au revoir\"");

            Reply tooLong = admin.put("api/v1/admin/settings/hello.farewell", "{\"value\":\"" + "x".repeat(41) + "\"}");
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.json().getString("type")).isEqualTo("urn:symbiose:problem:validation");
            assertThat(Api.anonymous().get("api/v1/hello/farewell").json().getString("farewell")).isEqualTo("Au revoir");

            Reply changed = admin.put("api/v1/admin/settings/hello.farewell", "{\"value\":\"À bientôt\"}");
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(Api.anonymous().get("api/v1/hello/farewell").json().getString("farewell")).isEqualTo("À bientôt");
            admin.put("api/v1/admin/settings/hello.farewell", "{\"value\":\"Au revoir\"}");
        } finally {
            Files.delete(hello);
        }
    }

    @Test
    void upgradeStepsRunInOrderOnceAndAFailingOneIsReported() throws IOException {
        Files.createDirectories(PLUGINS);
        Path hello = PLUGINS.resolve("hello.jar");
        Path faulty = PLUGINS.resolve("faulty.jar");
        Files.copy(HELLO, hello, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(FAULTY, faulty, StandardCopyOption.REPLACE_EXISTING);
        try {
            Api admin = Accounts.admin().api();
            awaitStatus("api/v1/admin/plugins", admin, reply -> reply.body().contains("upgrade to version 1")
                    && reply.body().matches("(?s).*\"dataVersion\":2,[^}]*\"id\":\"hello\".*"));
            // steps run in order and once: [1, 2] if this deployment was hello's first, [] if an earlier test's was
            assertThat(Api.anonymous().get("api/v1/hello/upgrades").body()).isIn("{\"items\":[1,2]}", "{\"items\":[]}");
            var plugins = admin.get("api/v1/admin/plugins").items().getValuesAs(JsonObject.class);
            var helloInfo = plugins.stream().filter(p -> p.getString("id").equals("hello")).findFirst().orElseThrow();
            assertThat(helloInfo.getInt("dataVersion")).isEqualTo(2);
            var faultyInfo = plugins.stream().filter(p -> p.getString("id").equals("faulty")).findFirst().orElseThrow();
            assertThat(faultyInfo.getInt("dataVersion")).isZero();
            assertThat(faultyInfo.getString("lastError")).contains("upgrade to version 1", "broken on purpose");

            Path updated = Files.createTempFile("hello-again", ".jar");
            withGreeting(HELLO, updated, "Rebonjour", "0.4.0");
            Files.move(updated, hello, StandardCopyOption.REPLACE_EXISTING);
            awaitStatus("api/v1/hello/greeting", reply -> reply.body().contains("Rebonjour"));
            assertThat(Api.anonymous().get("api/v1/hello/upgrades").items()).as("steps already run are not run again")
                    .isEmpty();
        } finally {
            Files.deleteIfExists(hello);
            Files.deleteIfExists(faulty);
        }
    }

    @Test
    void aPluginsContentTypeChecksItsItemsWhichStayReadOnlyWhileThePluginIsAbsent() throws IOException {
        Path hello = Files.createDirectories(PLUGINS).resolve("hello.jar");
        Files.copy(HELLO, hello, StandardCopyOption.REPLACE_EXISTING);
        Accounts.Account member = Accounts.member();
        awaitStatus("api/v1/hello/greeting", reply -> reply.status() == 200);
        Reply spam = member.api().post("api/v1/items", "{\"type\":\"hello.note\",\"body\":\"Buy SPAM now\"}");
        assertThat(spam.status()).as(spam.toString()).isEqualTo(400);
        assertThat(spam.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
        Reply note = member.api().post("api/v1/items", "{\"type\":\"hello.note\",\"body\":\"A real note\"}");
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        String item = "api/v1/items/" + note.json().getJsonNumber("id").longValue();

        Files.delete(hello);
        awaitStatus("api/v1/hello/greeting", reply -> reply.status() == 404);
        assertThat(Api.anonymous().get(item).status()).as("kept and shown").isEqualTo(200);
        Reply edit = member.api().put(item, "{\"body\":\"changed\",\"version\":1}");
        assertThat(edit.status()).as(edit.toString()).isEqualTo(409);
        assertThat(edit.json().getString("detail")).contains("read-only");
        assertThat(member.api().put(item + "/vote", "{\"value\":1}").status()).isEqualTo(409);

        Files.copy(HELLO, hello, StandardCopyOption.REPLACE_EXISTING);
        try {
            awaitStatus("api/v1/hello/greeting", reply -> reply.status() == 200);
            assertThat(member.api().put(item, "{\"body\":\"changed\",\"version\":1}").status())
                    .as("writable again once the plugin is back").isEqualTo(200);
        } finally {
            Files.delete(hello);
        }
    }

    @Test
    void theBuiltinPluginsAreInstalledAtFirstStart() {
        Api admin = Accounts.admin().api();
        Reply forum = awaitStatus("api/v1/admin/plugins", admin, reply -> reply.body().contains("\"id\":\"forum\""));
        assertThat(forum.items().getValuesAs(JsonObject.class))
                .filteredOn(plugin -> plugin.getString("id").equals("forum"))
                .singleElement().satisfies(plugin -> {
                    assertThat(plugin.getString("state")).isEqualTo("ACTIVE");
                    assertThat(plugin.getBoolean("enabled")).isTrue();
                    assertThat(plugin.getJsonArray("adds").toString()).as("what it adds, for administrators")
                            .contains("× content type");
                });
        assertThat(PLUGINS.resolve("forum.jar")).exists();
        // each node records its plugins' states every few seconds, for the list of every node
        Reply onNodes = awaitStatus("api/v1/admin/plugins", admin, reply -> reply.items().getValuesAs(JsonObject.class).stream()
                .anyMatch(plugin -> plugin.getString("id").equals("forum") && !plugin.getJsonArray("nodes").isEmpty()));
        assertThat(onNodes.items().getValuesAs(JsonObject.class))
                .filteredOn(plugin -> plugin.getString("id").equals("forum"))
                .singleElement().satisfies(plugin -> assertThat(plugin.getJsonArray("nodes").getValuesAs(JsonObject.class))
                        .singleElement().satisfies(node -> {
                            assertThat(node.getString("node")).isNotBlank();
                            assertThat(node.getString("state")).isEqualTo("ACTIVE");
                            assertThat(node.getString("version")).isEqualTo(plugin.getString("version"));
                            assertThat(node.containsKey("error") && !node.isNull("error")).isFalse();
                            assertThat(Instant.parse(node.getString("updated"))).isBefore(Instant.now().plusSeconds(60));
                        }));
        Reply aside = Accounts.member().api().post("api/v1/items", "{\"type\":\"forum.topic\",\"title\":\"t\",\"body\":\"b\"}");
        assertThat(aside.status()).as("forum posts are written through the forum, where its rules apply: " + aside)
                .isEqualTo(403);
        assertThat(aside.json().getString("detail")).contains("/api/v1/forum/");
    }

    @Test
    void theOpenApiDocumentShowsThePluginsOperationsUnderTheirTag() {
        JsonObject document = Api.anonymous().get("openapi?format=json").json();
        JsonObject paths = document.getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/forum/categories", "/api/v1/forum/topics/{id}",
                "/api/v1/forum/topics/{id}/replies");
        JsonObject read = paths.getJsonObject("/api/v1/forum/topics/{id}").getJsonObject("get");
        assertThat(read.getJsonArray("tags").getString(0)).isEqualTo("forum");
        assertThat(read.getJsonArray("parameters").toString()).contains("\"name\":\"id\"", "\"in\":\"path\"");
        assertThat(read.containsKey("security")).as("reading is open to everyone").isFalse();
        JsonObject reply = paths.getJsonObject("/api/v1/forum/topics/{id}/replies").getJsonObject("post");
        assertThat(reply.getJsonObject("requestBody").getJsonObject("content").keySet()).contains("application/json");
        assertThat(reply.getString("description")).contains("For: member");
        assertThat(reply.getJsonArray("security")).isNotEmpty();
        assertThat(document.getJsonArray("tags").toString()).contains("\"name\":\"forum\"");
    }

    @Test
    void anUnknownPluginIsAProblem404() {
        Reply reply = Api.anonymous().get("api/v1/no-such-plugin/anything");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().getString("type")).isEqualTo("urn:symbiose:problem:not-found");
    }

    static Reply awaitStatus(String path, Predicate<Reply> done) {
        return awaitStatus(path, Api.anonymous(), done);
    }

    /** Polls until the answer satisfies {@code done}, for at most a few seconds. */
    private static Reply awaitStatus(String path, Api api, Predicate<Reply> done) {
        Instant deadline = Instant.now().plus(A_FEW_SECONDS);
        Reply reply = api.get(path);
        while (!done.test(reply) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            reply = api.get(path);
        }
        assertThat(done).as("within " + A_FEW_SECONDS + ", last answer " + reply).accepts(reply);
        return reply;
    }

    /** A bundle with nothing but a manifest that imports {@code imports}. */
    private static void manifestOnly(Path target, String id, String imports) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", id);
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        manifest.getMainAttributes().putValue("Import-Package", imports);
        Path temporary = Files.createTempFile(id, ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(temporary), manifest)) {
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("broken on purpose".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        // moved in whole, so the folder watcher never sees a half-written jar
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A copy of the plugin jar with another greeting and bundle version: a new release of it. */
    private static void withGreeting(Path source, Path target, String greeting, String version) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(source))) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (OutputStream file = Files.newOutputStream(target);
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    if (entry.getName().equals("greeting.txt")) {
                        out.write(greeting.getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }
}
