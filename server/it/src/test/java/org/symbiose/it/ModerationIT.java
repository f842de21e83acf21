package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Moderation on a real server: flags that hide past a threshold, newcomers held for review,
 * watched words that block, hold and censor, queue decisions that take effect, are audited and
 * told to the author, and two moderators deciding one entry at once.
 */
class ModerationIT extends Deployed {

    @Test
    void flagsPastTheThresholdHideAnItemUntilAModeratorDecides() {
        Accounts.Account author = Accounts.member();
        long item = create(author, "Achetez mes montres pas chères");
        String path = "api/v1/items/" + item;

        Reply first = Accounts.member().api().post(path + "/flags", "{\"reason\":\"SPAM\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getBoolean("hidden")).isFalse();
        Accounts.Account flagger = Accounts.member();
        assertThat(flagger.api().post(path + "/flags", "{\"reason\":\"SPAM\"}").status()).isEqualTo(201);
        assertThat(flagger.api().post(path + "/flags", "{\"reason\":\"SPAM\"}").status()).as("once per member").isEqualTo(409);
        assertThat(author.api().post(path + "/flags", "{\"reason\":\"SPAM\"}").status()).as("not one's own").isEqualTo(400);
        assertThat(Accounts.member().api().post(path + "/flags", "{\"reason\":\"OTHER\"}").status()).as("OTHER needs a text")
                .isEqualTo(400);
        assertThat(Api.anonymous().get(path).status()).isEqualTo(200);

        Reply third = Accounts.member().api().post(path + "/flags", "{\"reason\":\"OFFENSIVE\",\"text\":\"insulting\"}");
        assertThat(third.json().getBoolean("hidden")).as("the third flag reaches the threshold of 3").isTrue();
        assertThat(Api.anonymous().get(path).status()).as("hidden until a moderator decides").isEqualTo(404);

        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        JsonObject entry = ReviewQueueEntries.openFor(moderator.api(), item);
        assertThat(entry.getString("cause")).isEqualTo("FLAGS");
        ReviewQueueEntries.decide(moderator.api(), entry, "\"decision\":\"DISMISS\",\"note\":\"Not spam\"");
        assertThat(Api.anonymous().get(path).status()).as("flags dismissed: shown again").isEqualTo(200);
        assertThat(flagger.api().get("api/v1/me/notifications").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .as("flaggers hear the outcome").anySatisfy(n -> assertThat(n.getString("kind")).isEqualTo("flag-outcome"));
        assertThat(moderator.api().get("api/v1/moderation/audit?item=" + item).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).anySatisfy(a -> {
                    assertThat(a.getString("action")).isEqualTo("moderation.dismiss");
                    assertThat(a.getString("reason")).isEqualTo("Not spam");
                    assertThat(a.getString("before")).isEqualTo("HIDDEN");
                    assertThat(a.getString("after")).isEqualTo("PUBLISHED");
                });

        JsonObject dashboard = moderator.api().get("api/v1/moderation/dashboard?days=7").json();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(dashboard.getJsonObject("flagsPerDay").getJsonNumber(today).longValue()).isGreaterThanOrEqualTo(3);
        assertThat(dashboard.getJsonObject("flagsPerReason").getJsonNumber("SPAM").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(dashboard.getJsonArray("topFlagged")).isNotEmpty();
        assertThat(dashboard.getJsonObject("flagsPerDay")).hasSize(8);
        assertThat(moderator.api().get("api/v1/moderation/dashboard?days=0").status()).isEqualTo(400);
    }

    @Test
    void aModeratorsFlagHidesAtOnceAndARejectionIsToldToTheAuthor() {
        Accounts.Account author = Accounts.member();
        long item = create(author, "Contenu illégal");
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        Reply flagged = moderator.api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"ILLEGAL\"}");
        assertThat(flagged.json().getBoolean("hidden")).isTrue();

        JsonObject entry = ReviewQueueEntries.openFor(moderator.api(), item);
        ReviewQueueEntries.decide(moderator.api(), entry, "\"decision\":\"REJECT\",\"note\":\"Contenu interdit\"");
        assertThat(moderator.api().get("api/v1/items/" + item).json().getString("status")).isEqualTo("DELETED");
        assertThat(author.api().get("api/v1/me/notifications").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(n -> {
                    assertThat(n.getString("kind")).isEqualTo("moderation-reject");
                    assertThat(n.getString("text")).contains("Contenu interdit");
                });
        Reply csv = moderator.api().get("api/v1/moderation/audit/export?item=" + item + "&action=moderation.");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines()).first().isEqualTo("id,at,actor,plugin,action,item,reason,before,after");
        assertThat(csv.body()).contains(",moderation.reject," + item + ",Contenu interdit,HIDDEN,DELETED");
        assertThat(moderator.api().get("api/v1/moderation/audit?actor=" + moderator.id() + "&action=moderation.reject")
                .json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void membersAreToldOfDecisionsAndSanctionsInTheirOwnLanguageWithReasonsAsWords() {
        Accounts.Account author = Accounts.member("Auteur", "fr");
        long item = create(author, "Hors de propos");
        Accounts.Account french = Accounts.member("Signaleuse", "fr");
        Accounts.Account english = Accounts.member("Flagger", "en");
        assertThat(french.api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"OFF_TOPIC\"}").status()).isEqualTo(201);
        assertThat(english.api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"SPAM\"}").status()).isEqualTo(201);
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        JsonObject entry = ReviewQueueEntries.openFor(moderator.api(), item);
        assertThat(moderator.api().put("api/v1/moderation/queue/" + entry.getJsonNumber("id"), "{\"decision\":\"HIDE\","
                + "\"note\":\"Sans rapport\",\"version\":" + entry.getJsonNumber("version") + "}").status()).isEqualTo(200);

        assertThat(notice(french, "flag-outcome")).isEqualTo("Un modérateur a agi sur un message que vous avez signalé");
        assertThat(notice(english, "flag-outcome")).isEqualTo("A moderator acted on a post you flagged");
        assertThat(notice(author, "moderation-hide")).isEqualTo("Votre message a été masqué par un modérateur : Sans rapport");

        String sanctions = "api/v1/moderation/members/" + author.id() + "/sanctions";
        Reply silenced = moderator.api().post(sanctions, "{\"kind\":\"SILENCE\",\"reason\":\"off-topic\",\"points\":2}");
        assertThat(silenced.status()).as(silenced.toString()).isEqualTo(201);
        assertThat(notice(author, "sanction")).startsWith("Vous ne pouvez plus publier, répondre, voter ni réagir jusqu’à ce"
                + " qu’un modérateur lève la sanction (motif : hors sujet, 2 points d’avertissement)")
                .doesNotContainPattern("SILENCE|OFF_TOPIC|off-topic");
        JsonObject silence = author.api().get("api/v1/me/standing").json().getJsonArray("sanctions").getJsonObject(0);
        assertThat(moderator.api().delete(sanctions + "/" + silence.getJsonNumber("id")).status()).isEqualTo(200);
        assertThat(notice(author, "sanction-lifted")).isEqualTo(
                "Un modérateur a levé votre mise en silence : vous pouvez de nouveau publier");
    }

    @Test
    void twoModeratorsDecidingOneEntryAtOnceCannotBothWin() throws Exception {
        long item = create(Accounts.member(), "Sujet disputé");
        Accounts.Account first = Accounts.withRole("MODERATOR");
        Accounts.Account second = Accounts.withRole("MODERATOR");
        first.api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"OFF_TOPIC\"}");
        JsonObject entry = ReviewQueueEntries.openFor(first.api(), item);
        String body = "\"version\":" + entry.getJsonNumber("version") + "}";
        String target = "api/v1/moderation/queue/" + entry.getJsonNumber("id");

        CompletableFuture<Reply> approve = CompletableFuture.supplyAsync(() ->
                first.api().put(target, "{\"decision\":\"APPROVE\"," + body));
        CompletableFuture<Reply> hide = CompletableFuture.supplyAsync(() ->
                second.api().put(target, "{\"decision\":\"HIDE\"," + body));
        List<Integer> statuses = List.of(approve.get().status(), hide.get().status());
        assertThat(statuses).as(approve.get() + " / " + hide.get()).containsExactlyInAnyOrder(200, 409);
        assertThat(first.api().put(target, "{\"decision\":\"APPROVE\"," + body).status()).as("decided already").isEqualTo(409);
    }

    @Test
    void watchedWordsBlockHoldAndCensorIgnoringCaseAndAccents() {
        Accounts.Account manager = Accounts.withRole("COMMUNITY_MANAGER");
        String blocked = "interdit" + suffix();
        String held = "douteux" + suffix();
        String censored = "vilain" + suffix();
        List<Long> ids = List.of(
                watch(manager, blocked, "BLOCK"), watch(manager, held, "REVIEW"), watch(manager, censored, "CENSOR"));
        assertThat(manager.api().post("api/v1/moderation/watched-words", "{\"pattern\":\"(unclosed\",\"regex\":true,"
                + "\"action\":\"BLOCK\"}").status()).as("a broken regex is refused").isEqualTo(400);
        Reply backtracking = manager.api().post("api/v1/moderation/watched-words", "{\"pattern\":\"spam(?!less)\","
                + "\"regex\":true,\"action\":\"BLOCK\"}");
        assertThat(backtracking.status()).as("what RE2 cannot run in linear time is refused: " + backtracking).isEqualTo(400);
        assertThat(backtracking.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("pattern");
        try {
            Accounts.Account member = Accounts.member();
            Reply refused = member.api().post("api/v1/items", "{\"type\":\"test.note\",\"title\":\"t\",\"body\":\"C'est "
                    + blocked.toUpperCase() + " ici\"}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");

            Reply waiting = member.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"Un avis " + held + "\"}");
            assertThat(waiting.json().getString("status")).isEqualTo("PENDING_REVIEW");
            long waitingId = waiting.json().getJsonNumber("id").longValue();
            assertThat(Api.anonymous().get("api/v1/items/" + waitingId).status()).isEqualTo(404);
            assertThat(ReviewQueueEntries.openFor(Accounts.withRole("MODERATOR").api(), waitingId).getString("cause")).isEqualTo("RULE");

            String accented = censored.replace('i', 'î').replace('a', 'À');
            Reply cleaned = member.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"Quel " + accented + " mot\"}");
            assertThat(cleaned.json().getString("status")).isEqualTo("PUBLISHED");
            assertThat(cleaned.json().getString("body")).isEqualTo("Quel ■■■ mot");
        } finally {
            ids.forEach(id -> manager.api().delete("api/v1/moderation/watched-words/" + id));
        }
    }

    @Test
    void aNewcomersFirstPostsWaitForApprovalWhenThePolicySaysSo() {
        Accounts.Account manager = Accounts.withRole("COMMUNITY_MANAGER");
        assertThat(manager.api().put("api/v1/moderation/settings", "{\"flagThreshold\":0,\"firstPostsReviewed\":1}").status())
                .as("a threshold of 0 is refused").isEqualTo(400);
        assertThat(manager.api().put("api/v1/moderation/settings", "{\"flagThreshold\":3,\"firstPostsReviewed\":1}").status())
                .isEqualTo(200);
        try {
            Accounts.Account newcomer = Accounts.member();
            Reply first = newcomer.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"Bonjour à tous\"}");
            assertThat(first.json().getString("status")).isEqualTo("PENDING_REVIEW");
            long firstId = first.json().getJsonNumber("id").longValue();
            Accounts.Account moderator = Accounts.withRole("MODERATOR");
            JsonObject entry = ReviewQueueEntries.openFor(moderator.api(), firstId);
            assertThat(entry.getString("cause")).isEqualTo("NEWCOMER");
            ReviewQueueEntries.decide(moderator.api(), entry, "\"decision\":\"APPROVE\"");
            assertThat(Api.anonymous().get("api/v1/items/" + firstId).status()).isEqualTo(200);

            Reply second = newcomer.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"Encore moi\"}");
            assertThat(second.json().getString("status")).as("only the first post waits").isEqualTo("PUBLISHED");
        } finally {
            manager.api().put("api/v1/moderation/settings", "{\"flagThreshold\":3,\"firstPostsReviewed\":0}");
        }
    }

    @Test
    void warningPointsClimbTheLadderAndTimedSanctionsEndByThemselves() throws InterruptedException {
        Accounts.Account manager = Accounts.withRole("COMMUNITY_MANAGER");
        assertThat(manager.api().put("api/v1/moderation/ladder", "{\"steps\":[{\"points\":3,\"kind\":\"SILENCE\",\"days\":1}]}")
                .status()).isEqualTo(200);
        try {
            Accounts.Account member = Accounts.member();
            Accounts.Account moderator = Accounts.withRole("MODERATOR");
            String sanctions = "api/v1/moderation/members/" + member.id() + "/sanctions";
            Reply warned = moderator.api().post(sanctions, "{\"kind\":\"WARN\",\"reason\":\"spam\",\"points\":2}");
            assertThat(warned.status()).as(warned.toString()).isEqualTo(201);
            assertThat(warned.json().getInt("points")).isEqualTo(2);
            assertThat(warned.json().getBoolean("canPost")).isTrue();

            Reply climbed = moderator.api().post(sanctions, "{\"kind\":\"WARN\",\"reason\":\"offensive\",\"points\":1,"
                    + "\"note\":\"Encore\"}");
            assertThat(climbed.json().getString("state")).as("3 points reach the ladder's first step").isEqualTo("SILENCED");
            assertThat(climbed.json().getBoolean("canPost")).isFalse();
            Reply refused = member.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"Je parle quand même\"}");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().getString("type")).isEqualTo("urn:symbiose:problem:account-silenced");
            JsonObject standing = member.api().get("api/v1/me/standing").json();
            assertThat(standing.getString("state")).as("the member sees the effect").isEqualTo("SILENCED");
            assertThat(standing.getString("until")).isNotBlank();
            JsonObject automatic = standing.getJsonArray("sanctions").getValuesAs(JsonObject.class).stream()
                    .filter(sanction -> sanction.getBoolean("automatic")).findFirst().orElseThrow();
            assertThat(moderator.api().get("api/v1/moderation/audit?action=moderation.sanction.silence&limit=200").body())
                    .contains("automatic: escalation");

            Reply lifted = moderator.api().delete(sanctions + "/" + automatic.getJsonNumber("id"));
            assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
            assertThat(lifted.json().getBoolean("canPost")).isTrue();

            String soon = java.time.Instant.now().plusSeconds(2).toString();
            assertThat(moderator.api().post(sanctions, "{\"kind\":\"SILENCE\",\"reason\":\"off-topic\",\"until\":\"" + soon
                    + "\"}").json().getBoolean("canPost")).isFalse();
            Thread.sleep(3000);
            assertThat(member.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"De retour\"}").status())
                    .as("a timed silence ends by itself").isEqualTo(201);

            assertThat(moderator.api().post("api/v1/moderation/members/" + Accounts.withRole("MODERATOR").id() + "/sanctions",
                    "{\"kind\":\"WARN\",\"reason\":\"spam\",\"points\":1}").status()).as("not a peer").isEqualTo(400);
            assertThat(moderator.api().post(sanctions, "{\"kind\":\"SUSPEND\",\"reason\":\"spam\"}").status())
                    .as("a suspension needs an end").isEqualTo(400);
            assertThat(moderator.api().post("api/v1/moderation/members/" + member.id() + "/notes", "{\"text\":\"À surveiller\"}")
                    .status()).isEqualTo(201);
            assertThat(moderator.api().get("api/v1/moderation/members/" + member.id()).body()).contains("À surveiller");
            assertThat(member.api().get("api/v1/me/standing").body()).as("notes stay among moderators")
                    .doesNotContain("À surveiller");
        } finally {
            manager.api().put("api/v1/moderation/ladder", "{\"steps\":[]}");
        }
    }

    /** The text of the member's latest notification of this kind. */
    private static String notice(Accounts.Account member, String kind) {
        return member.api().get("api/v1/me/notifications").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals(kind)).findFirst().orElseThrow().getString("text");
    }

    private static long create(Accounts.Account author, String body) {
        Reply created = author.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"" + body + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long watch(Accounts.Account manager, String pattern, String action) {
        Reply added = manager.api().post("api/v1/moderation/watched-words", "{\"pattern\":\"" + pattern + "\",\"action\":\""
                + action + "\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().getJsonNumber("id").longValue();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
    }
}
