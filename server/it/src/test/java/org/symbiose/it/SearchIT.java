package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Search on a real server: near-real-time indexing, French and English forms, the query
 * language's edge cases, what each role may find, facets, highlights, suggestions, related items,
 * and an index that rebuilds itself after its files are deleted.
 */
class SearchIT extends Deployed {

    private static final Path PLUGINS = Path.of(System.getProperty("symbiose.plugins"));
    private static final Path HELLO = Path.of(System.getProperty("symbiose.hello-plugin"));

    /** A tag no other run or test uses, so each test searches only its own items. */
    private static String uniqueTag() {
        StringBuilder tag = new StringBuilder("run");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> tag.append((char) c));
        return tag.toString();
    }

    @Test
    void aCommittedItemIsSearchableWithinASecond() {
        String tag = uniqueTag();
        Accounts.Account member = Accounts.member();
        long id = create(member, "Premier message", "Bonjour à toute la communauté", tag);
        Instant written = Instant.now();

        Reply found = awaitSearch(Api.anonymous(), "tag:" + tag + " communauté", Duration.ofSeconds(1),
                reply -> reply.json().getJsonNumber("total").longValue() == 1);
        assertThat(found.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(Duration.between(written, Instant.now())).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void frenchAndEnglishFormsOfAWordMeet() {
        String tag = uniqueTag();
        Accounts.Account member = Accounts.member();
        long horses = create(member, "Balade en Camargue", "Nous avons vu des chevaux blancs dans les marais.", tag);
        long pupil = create(member, "Conseil de classe", "Chaque élève présente son projet à l'école.", tag);
        long running = create(member, "Morning routine", "I have been running along the river every day.", tag);
        awaitSearch(Api.anonymous(), "tag:" + tag, Duration.ofSeconds(5), reply -> total(reply) == 3);

        assertThat(ids("tag:" + tag + " cheval")).containsExactly(horses);
        assertThat(ids("tag:" + tag + " eleve")).containsExactly(pupil);
        assertThat(ids("tag:" + tag + " élèves")).containsExactly(pupil);
        assertThat(ids("tag:" + tag + " ecole")).containsExactly(pupil);
        assertThat(ids("tag:" + tag + " run")).containsExactly(running);
        assertThat(ids("tag:" + tag + " rivers")).containsExactly(running);
        assertThat(ids("tag:" + tag + " \"chevaux blancs\"")).containsExactly(horses);
        assertThat(ids("tag:" + tag + " -chevaux")).containsExactlyInAnyOrder(pupil, running);
    }

    @Test
    void noQueryEverCausesAServerError() {
        List<String> queries = List.of("", " ", "\t\n", "\"", "\"\"", "\"unbalanced phrase", "-", "--foo", "-\"\"",
                "tag:", "author:", "type:", "plugin:", "tag:\"\"", "foo:bar", "12:30", "TAG:Java", "a AND b", "a OR",
                "OR", "NOT", "(", ")", "{[}]", "+-&&||!(){}[]^\"~*?:\\/", "*", "*foo", "chev*", "?", "~", "a~2",
                "title:^5", "\\", "%", "%00", "' OR 1=1 --", "<script>alert(1)</script>", "مرحبا", "😀 emoji",
                "le la les", "the a an", "x".repeat(600), "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg",
                "tag:a tag:b", "author:123", "author:Nobody", "type:no.such", "plugin:nope", "-tag:x", "\u0000",
                "é".repeat(40), "1e308", "null", "undefined");
        SoftAssertions softly = new SoftAssertions();
        for (String query : queries) {
            Reply reply = Api.anonymous().get("api/v1/search?q=" + encode(query));
            String label = "q=" + (query.length() > 40 ? query.substring(0, 40) + "…" : query) + " → " + reply;
            softly.assertThat(reply.status()).as(label).isIn(200, 400);
            if (reply.status() == 400) {
                softly.assertThat(reply.contentType()).as(label).startsWith("application/problem+json");
                softly.assertThat(reply.json().getString("type")).as(label).isEqualTo("urn:symbiose:problem:bad-query");
            }
            Reply suggest = Api.anonymous().get("api/v1/search/suggest?q=" + encode(query));
            softly.assertThat(suggest.status()).as("suggest " + label).isIn(200, 400);
        }
        for (String paging : List.of("limit=0", "limit=101", "limit=x", "offset=-1", "offset=10001", "offset=x",
                "order=sideways", "facets=maybe", "snippets=1")) {
            Reply reply = Api.anonymous().get("api/v1/search?q=test&" + paging);
            softly.assertThat(reply.status()).as(paging + " → " + reply).isEqualTo(400);
            softly.assertThat(reply.contentType()).as(paging).startsWith("application/problem+json");
        }
        softly.assertAll();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void eachRoleFindsOnlyWhatItMayRead() throws IOException {
        String tag = uniqueTag();
        Accounts.Account author = Accounts.member();
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        long visible = create(author, "Visible", "Une tomate rouge", tag);
        long hidden = create(author, "Cachée", "Une tomate verte", tag);
        long pending = create(author, "En attente", "Une tomate jaune", tag);
        assertThat(moderator.api().put("api/v1/items/" + hidden + "/status", "{\"status\":\"HIDDEN\",\"version\":1}").status())
                .isEqualTo(200);
        assertThat(moderator.api().put("api/v1/items/" + pending + "/status", "{\"status\":\"PENDING_REVIEW\",\"version\":1}")
                .status()).isEqualTo(200);

        Path hello = Files.createDirectories(PLUGINS).resolve("hello.jar");
        Files.copy(HELLO, hello, StandardCopyOption.REPLACE_EXISTING);
        try {
            Instant deadline = Instant.now().plusSeconds(20);
            while (Api.anonymous().get("api/v1/hello/greeting").status() != 200 && Instant.now().isBefore(deadline)) {
                pause();
            }
            Reply note = author.api().post("api/v1/items", "{\"type\":\"hello.note\",\"body\":\"Une tomate privée\",\"tags\":[\""
                    + tag + "\"],\"attributes\":{\"private\":true}}");
            assertThat(note.status()).as(note.toString()).isEqualTo(201);
            long secret = note.json().getJsonNumber("id").longValue();

            String query = "tag:" + tag + " tomate";
            awaitSearch(moderator.api(), query, Duration.ofSeconds(5), reply -> total(reply) == 4);
            assertThat(ids(moderator.api(), query)).as("moderators search everything")
                    .containsExactlyInAnyOrder(visible, hidden, pending, secret);
            assertThat(ids(Api.anonymous(), query)).as("visitors").containsExactly(visible);
            assertThat(ids(Accounts.member().api(), query)).as("another member").containsExactly(visible);
            assertThat(ids(author.api(), query)).as("the author also sees their own pending item")
                    .containsExactlyInAnyOrder(visible, pending);
            assertThat(ids(Accounts.withRole("COMMUNITY_MANAGER").api(), query)).hasSize(4);
        } finally {
            Files.delete(hello);
        }
    }

    @Test
    void resultsHaveFacetsHighlightsSuggestionsAndRelatedItems() {
        String tag = uniqueTag();
        Accounts.Account member = Accounts.member("Facette");
        // the tag is also a rare word of both bodies, so that they are each other's closest items
        long first = create(member, "Économiser l'énergie à la maison", "Isoler les fenêtres réduit la facture de chauffage "
                + tag + ".", tag);
        long second = create(member, "Économies de chauffage", "Baisser le chauffage la nuit réduit la facture " + tag + ".", tag);
        create(member, "Jardinage", "Planter des tomates au printemps.", tag);
        awaitSearch(Api.anonymous(), "tag:" + tag, Duration.ofSeconds(5), reply -> total(reply) == 3);

        JsonObject result = Api.anonymous().get("api/v1/search?q=" + encode("tag:" + tag + " chauffage")).json();
        assertThat(result.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(result.getJsonArray("items").getJsonObject(0).getString("snippetHtml")).contains("<mark>");
        JsonObject facets = result.getJsonObject("facets");
        assertThat(facets.getJsonArray("tag").getValuesAs(JsonObject.class))
                .anySatisfy(f -> assertThat(f.getString("value") + "=" + f.getJsonNumber("count")).isEqualTo(tag + "=2"));
        assertThat(facets.getJsonArray("author").getValuesAs(JsonObject.class))
                .anySatisfy(f -> assertThat(f.getString("value")).startsWith("Facette"));
        assertThat(facets.getJsonArray("date").getValuesAs(JsonObject.class))
                .anySatisfy(f -> assertThat(f.getString("value")).isEqualTo("day"));
        assertThat(facets.getJsonArray("type").getValuesAs(JsonObject.class))
                .anySatisfy(f -> assertThat(f.getString("value")).isEqualTo("test.note"));

        JsonObject plain = Api.anonymous().get("api/v1/search?facets=false&snippets=false&q=" + encode("tag:" + tag + " chauffage"))
                .json();
        assertThat(plain.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(plain.getJsonObject("facets")).as("facets left out on request").isEmpty();
        assertThat(plain.getJsonArray("items").getJsonObject(0).getString("snippetHtml")).doesNotContain("<mark>");

        JsonObject newest = Api.anonymous().get("api/v1/search?order=newest&limit=1&q=" + encode("tag:" + tag)).json();
        assertThat(newest.getJsonArray("items")).hasSize(1);
        assertThat(newest.getJsonNumber("total").longValue()).isEqualTo(3);

        List<JsonObject> suggestions = Api.anonymous().get("api/v1/search/suggest?q=econo").items().getValuesAs(JsonObject.class);
        assertThat(suggestions).anySatisfy(s -> assertThat(s.getString("text")).startsWith("Économ"));

        List<JsonObject> related = Api.anonymous().get("api/v1/search/related/" + first + "?limit=20").items().getValuesAs(JsonObject.class);
        assertThat(related).extracting(r -> r.getJsonNumber("id").longValue()).contains(second).doesNotContain(first);
    }

    @Test
    void aDeletedIndexIsRebuiltWhileTheServerRuns() throws IOException {
        String tag = uniqueTag();
        long id = create(Accounts.member(), "Survivant", "Un message qui doit survivre", tag);
        awaitSearch(Api.anonymous(), "tag:" + tag, Duration.ofSeconds(5), reply -> total(reply) == 1);

        Path index = PLUGINS.getParent().resolve("index");
        try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        // searches still see the open index meanwhile: wait for the files to come back, then search
        Instant deadline = Instant.now().plusSeconds(30);
        while (!hasSegments(index) && Instant.now().isBefore(deadline)) {
            pause();
        }
        assertThat(hasSegments(index)).as("the index is recreated").isTrue();
        Reply again = awaitSearch(Api.anonymous(), "tag:" + tag + " survivre", Duration.ofSeconds(30), reply -> total(reply) == 1);
        assertThat(again.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);
    }

    @Test
    void healthSaysTheIndexFollowsTheFeedWithNothingWaiting() {
        create(Accounts.member(), "Santé", "Un message de plus dans le flux", uniqueTag());

        Instant deadline = Instant.now().plusSeconds(30);
        JsonObject index = Api.anonymous().get("api/v1/health").json().getJsonObject("index");
        while (!(index.getString("mode").equals("following") && index.getJsonNumber("waiting").longValue() == 0)
                && Instant.now().isBefore(deadline)) {
            pause();
            index = Api.anonymous().get("api/v1/health").json().getJsonObject("index");
        }
        assertThat(index.getString("mode")).as(index.toString()).isEqualTo("following");
        assertThat(index.getJsonNumber("waiting").longValue()).as(index.toString()).isZero();
        assertThat(index.getJsonNumber("position").longValue()).as(index.toString()).isPositive();
        // the admin's backlog is the same count, read a moment later: another test's write may just have come
        Api admin = Accounts.admin().api();
        long backlog = admin.get("api/v1/admin/search").json().getJsonNumber("backlog").longValue();
        while (backlog != 0 && Instant.now().isBefore(deadline)) {
            pause();
            backlog = admin.get("api/v1/admin/search").json().getJsonNumber("backlog").longValue();
        }
        assertThat(backlog).as("nothing waits for this node").isZero();
    }

    @Test
    void administratorsRebuildTheIndexAndWatchItsProgress() {
        Api admin = Accounts.admin().api();
        assertThat(Accounts.member().api().post("api/v1/admin/search/rebuild", "").status()).isEqualTo(403);
        Reply started = admin.post("api/v1/admin/search/rebuild", "");
        assertThat(started.status()).as(started.toString()).isIn(202, 409);

        Instant deadline = Instant.now().plusSeconds(60);
        JsonObject state = admin.get("api/v1/admin/search").json();
        while (state.getJsonObject("rebuild").getBoolean("running") && Instant.now().isBefore(deadline)) {
            pause();
            state = admin.get("api/v1/admin/search").json();
        }
        JsonObject rebuild = state.getJsonObject("rebuild");
        assertThat(rebuild.getBoolean("running")).isFalse();
        assertThat(rebuild.get("error")).isIn(null, JsonValue.NULL);
        assertThat(rebuild.getJsonNumber("done").longValue()).isEqualTo(rebuild.getJsonNumber("total").longValue());
        assertThat(state.getInt("indexed")).isPositive();
    }

    private static boolean hasSegments(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return false;
        }
        try (Stream<Path> files = Files.list(index)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith("segments_"));
        }
    }

    @Test
    void theConsolesContentGapsListAQueryThatFoundNothingAndOneWhoseResultWasNotFollowed() {
        String tag = uniqueTag();
        // one query however it is typed, counted twice; nobody's id goes with it
        assertThat(total(Api.anonymous().get("api/v1/search?q=" + encode("Nothing  about " + tag.toUpperCase())))).isZero();
        assertThat(total(Accounts.member().api().get("api/v1/search?q=" + encode("nothing about " + tag)))).isZero();
        // as you type (no facets) or a later page: not a query asked
        Api.anonymous().get("api/v1/search?facets=false&q=" + encode("typed " + tag));
        Api.anonymous().get("api/v1/search?offset=10&q=" + encode("paged " + tag));
        create(Accounts.member(), "Followed " + tag, "Something to find", tag);
        awaitSearch(Api.anonymous(), "tag:" + tag, Duration.ofSeconds(5), reply -> total(reply) == 1);
        assertThat(total(Api.anonymous().get("api/v1/search?q=" + encode("followed " + tag)))).isEqualTo(1);
        assertThat(Api.anonymous().post("api/v1/search/clicks?q=" + encode("Followed " + tag), "").status()).isEqualTo(204);
        assertThat(Api.anonymous().post("api/v1/search/clicks", "").status()).as("no query").isEqualTo(400);
        assertThat(Api.anonymous().post("api/v1/search/clicks?q=" + "x".repeat(501), "").status()).as("too long").isEqualTo(400);

        Accounts.Account manager = Accounts.withRole("MODERATOR");
        SiteSession moderator = SiteSession.signedIn(manager.email(), manager.password());
        String page = countedPage(moderator, tag);
        String nothing = page.substring(page.indexOf("id=\"foundNothing\""), page.indexOf("id=\"noClick\""));
        assertThat(nothing).contains("nothing about " + tag).doesNotContain("typed " + tag).doesNotContain("paged " + tag)
                .doesNotContain("followed " + tag);
        assertThat(nothing.substring(nothing.indexOf("nothing about " + tag))).containsPattern("<td>\\s*2\\s*</td>");
        String unfollowed = page.substring(page.indexOf("id=\"noClick\""));
        assertThat(unfollowed).contains("nothing about " + tag).doesNotContain("followed " + tag);
        assertThat(moderator.get("console/content-gaps.xhtml?days=junk").statusCode()).isEqualTo(200);
        Accounts.Account member = Accounts.member();
        assertThat(SiteSession.signedIn(member.email(), member.password()).status("console/content-gaps.xhtml")).isEqualTo(403);
    }

    private static long create(Accounts.Account author, String title, String body, String tag) {
        Reply created = author.api().post("api/v1/items", "{\"type\":\"test.note\",\"title\":\"" + title + "\",\"body\":\""
                + body + "\",\"tags\":[\"" + tag + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static List<Long> ids(String query) {
        return ids(Api.anonymous(), query);
    }

    private static List<Long> ids(Api api, String query) {
        Reply reply = api.get("api/v1/search?limit=100&q=" + encode(query));
        assertThat(reply.status()).as(query + " → " + reply).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getJsonNumber("id").longValue()).toList();
    }

    private static long total(Reply reply) {
        return reply.status() == 200 ? reply.json().getJsonNumber("total").longValue() : -1;
    }

    /** Searches until the answer satisfies {@code done} or {@code within} has passed. */
    private static Reply awaitSearch(Api api, String query, Duration within, Predicate<Reply> done) {
        Instant deadline = Instant.now().plus(within);
        Reply reply = api.get("api/v1/search?limit=100&q=" + encode(query));
        while (!done.test(reply) && Instant.now().isBefore(deadline)) {
            pause();
            reply = api.get("api/v1/search?limit=100&q=" + encode(query));
        }
        assertThat(done).as("within " + within + " for " + query + ", last answer " + reply).accepts(reply);
        return reply;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * The content-gaps page once this test's searches are counted: counts reach the database every
     * few seconds ({@code QueryLog}), so the page is read until both searches that found nothing are
     * there, and once more a period later, for a click gathered after them.
     */
    private static String countedPage(SiteSession moderator, String tag) {
        Instant end = Instant.now().plusSeconds(60);
        String page = moderator.get("console/content-gaps.xhtml?days=7").body();
        while (!Pattern.compile(Pattern.quote("nothing about " + tag) + "</span>\\s*</td>\\s*<td>\\s*2\\s*</td>").matcher(page).find()
                && Instant.now().isBefore(end)) {
            PayaraDomain.sleep(Duration.ofMillis(500));
            page = moderator.get("console/content-gaps.xhtml?days=7").body();
        }
        PayaraDomain.sleep(Duration.ofSeconds(6));
        return moderator.get("console/content-gaps.xhtml?days=7").body();
    }
}
