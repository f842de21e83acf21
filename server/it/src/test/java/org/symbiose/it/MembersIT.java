package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.symbiose.it.Accounts.Account;

/** Registration, sign-in, tokens, profiles, passwords and account states, over HTTP. */
class MembersIT extends Deployed {

    @Test
    void registrationAnswersTheProfileWithoutThePassword() {
        String run = Long.toString(System.nanoTime());
        Reply created = Api.anonymous().post("api/v1/members", "{\"email\":\"Camille.Dupont+" + run
                + "@Example.org\",\"displayName\":\"Camille\",\"password\":\"correct-horse-1\",\"locale\":\"fr\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).matches(".*/api/v1/members/\\d+");
        JsonObject profile = created.json();
        String email = "camille.dupont+" + run + "@example.org";
        assertThat(profile.getString("email")).isEqualTo(email);
        assertThat(profile.getString("role")).isEqualTo("MEMBER");
        assertThat(created.body()).doesNotContain("correct-horse-1").doesNotContain("password");

        Reply again = Api.anonymous().post("api/v1/members",
                "{\"email\":\"" + email + "\",\"displayName\":\"Other\",\"password\":\"another-pass-1\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("type")).isEqualTo("urn:symbiose:problem:conflict");

        Reply me = Api.basic(email, "correct-horse-1").get("api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("locale")).isEqualTo("fr");
    }

    @Test
    void wrongCredentialsAre401WithAChallenge() {
        Account member = Accounts.member();
        Reply wrong = Api.basic(member.email(), "not-the-password").get("api/v1/me");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.header("WWW-Authenticate")).contains("Basic").contains("Bearer");
        assertThat(Api.token("sym_made-up").get("api/v1/me").status()).isEqualTo(401);
        assertThat(Api.authorization("Digest abc").get("api/v1/me").status()).isEqualTo(401);
        assertThat(Api.authorization("Basic %%%").get("api/v1/me").status()).isEqualTo(401);
        assertThat(Api.anonymous().get("api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresThrottleSignInEvenWithTheRightPassword() {
        Account member = Accounts.member();
        for (int i = 0; i < 5; i++) {
            assertThat(Api.basic(member.email(), "wrong-" + i).get("api/v1/me").status()).isEqualTo(401);
        }
        Reply throttled = Api.basic(member.email(), member.password()).get("api/v1/me");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotNull();
        assertThat(throttled.json().getString("type")).isEqualTo("urn:symbiose:problem:too-many-requests");
        // Tokens are not throttled: the member keeps working with the one they had.
        assertThat(member.api().get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void tokensAreListedWithoutSecretsAndStopWorkingWhenRevoked() {
        Account member = Accounts.member();
        Reply issued = member.api().post("api/v1/me/tokens", "{\"name\":\"backup script\"}");
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().getString("token");
        long id = issued.json().getJsonNumber("id").longValue();
        assertThat(Api.token(secret).get("api/v1/me").status()).isEqualTo(200);

        Reply listed = member.api().get("api/v1/me/tokens");
        assertThat(listed.body()).contains("backup script").doesNotContain(secret);

        assertThat(member.api().delete("api/v1/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(Api.token(secret).get("api/v1/me").status()).isEqualTo(401);
        // Someone else's token id is "not found", never revoked.
        assertThat(Accounts.member().api().delete("api/v1/me/tokens/" + id).status()).isEqualTo(404);
    }

    @Test
    void profileUpdatesNeedTheVersionTheyRead() {
        Account member = Accounts.member();
        Reply me = member.api().get("api/v1/me");
        String etag = me.header("ETag");
        assertThat(member.api().get("api/v1/me", "If-None-Match", etag).status()).isEqualTo(304);

        Reply updated = member.api().put("api/v1/me",
                "{\"bio\":\"J'aime les forums\",\"avatarUrl\":\"https://example.org/a.png\",\"locale\":\"fr\"}",
                "If-Match", etag);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getString("bio")).isEqualTo("J'aime les forums");
        assertThat(updated.header("ETag")).isNotEqualTo(etag);

        Reply stale = member.api().put("api/v1/me", "{\"bio\":\"lost update\"}", "If-Match", etag);
        assertThat(stale.status()).isEqualTo(409);
        Reply blind = member.api().put("api/v1/me", "{\"bio\":\"blind update\"}");
        assertThat(blind.status()).isEqualTo(428);
        assertThat(member.api().get("api/v1/me").json().getString("bio")).isEqualTo("J'aime les forums");

        Reply publicProfile = Api.anonymous().get("api/v1/members/" + member.id());
        assertThat(publicProfile.status()).isEqualTo(200);
        assertThat(publicProfile.body()).contains("J'aime les forums").doesNotContain(member.email());
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() {
        Account member = Accounts.member();
        Reply wrong = member.api().put("api/v1/me/password",
                "{\"currentPassword\":\"nope\",\"newPassword\":\"a-new-password-1\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("currentPassword");

        Reply changed = member.api().put("api/v1/me/password",
                "{\"currentPassword\":\"" + member.password() + "\",\"newPassword\":\"a-new-password-1\"}");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(Api.basic(member.email(), member.password()).get("api/v1/me").status()).isEqualTo(401);
        assertThat(Api.basic(member.email(), "a-new-password-1").get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aSilencedMemberReadsButCannotPost() {
        Account member = Accounts.member();
        Account moderator = Accounts.withRole("MODERATOR");
        Reply silenced = moderator.api().put("api/v1/admin/members/" + member.id() + "/state", "{\"state\":\"SILENCED\"}");
        assertThat(silenced.status()).as(silenced.toString()).isEqualTo(200);

        assertThat(member.api().get("api/v1/items").status()).isEqualTo(200);
        Reply post = member.api().post("api/v1/items", "{\"type\":\"test.topic\",\"title\":\"t\",\"body\":\"b\"}");
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.json().getString("type")).isEqualTo("urn:symbiose:problem:account-silenced");

        moderator.api().put("api/v1/admin/members/" + member.id() + "/state", "{\"state\":\"ACTIVE\"}");
        assertThat(member.api().post("api/v1/items", "{\"type\":\"test.topic\",\"title\":\"t\",\"body\":\"b\"}").status())
                .isEqualTo(201);
    }

    @Test
    void aSuspendedMemberCannotSignInUntilTheSuspensionEnds() {
        Account member = Accounts.member();
        Account moderator = Accounts.withRole("MODERATOR");
        String until = Instant.now().plus(2, ChronoUnit.DAYS).toString();
        Reply suspended = moderator.api().put("api/v1/admin/members/" + member.id() + "/state",
                "{\"state\":\"SUSPENDED\",\"until\":\"" + until + "\"}");
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

        Reply basic = Api.basic(member.email(), member.password()).get("api/v1/me");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.json().getString("detail")).contains("suspended");
        assertThat(member.api().get("api/v1/me").status()).isEqualTo(401);

        Reply past = moderator.api().put("api/v1/admin/members/" + member.id() + "/state",
                "{\"state\":\"SUSPENDED\",\"until\":\"2020-01-01T00:00:00Z\"}");
        assertThat(past.status()).isEqualTo(400);
    }

    @Test
    void aDeletedMembersContentStaysUnderAnAnonymousName() {
        Account member = Accounts.member("Dominique");
        Reply item = member.api().post("api/v1/items", "{\"type\":\"test.note\",\"title\":\"Mon avis\",\"body\":\"Texte\"}");
        assertThat(item.status()).isEqualTo(201);
        String location = item.header("Location");

        Account moderator = Accounts.withRole("MODERATOR");
        assertThat(moderator.api().put("api/v1/admin/members/" + member.id() + "/state", "{\"state\":\"DELETED\"}").status())
                .as("only administrators delete").isEqualTo(403);
        Reply deleted = Accounts.admin().api().put("api/v1/admin/members/" + member.id() + "/state", "{\"state\":\"DELETED\"}");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);

        JsonObject kept = Api.anonymous().get(location.substring(location.indexOf("api/v1"))).json();
        assertThat(kept.getString("title")).isEqualTo("Mon avis");
        assertThat(kept.getJsonObject("author").getString("displayName")).isEqualTo("Deleted member");
        assertThat(Api.anonymous().get("api/v1/members/" + member.id()).body()).doesNotContain("Dominique");
        assertThat(Api.basic(member.email(), member.password()).get("api/v1/me").status()).isEqualTo(401);
        assertThat(member.api().get("api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void moderatorsCannotActOnTheirPeersOrAboveNorChangeRoles() {
        Account moderator = Accounts.withRole("MODERATOR");
        Account otherModerator = Accounts.withRole("MODERATOR");
        assertThat(moderator.api().put("api/v1/admin/members/" + otherModerator.id() + "/state", "{\"state\":\"SILENCED\"}")
                .status()).isEqualTo(403);
        assertThat(moderator.api().put("api/v1/admin/members/" + Accounts.admin().id() + "/state", "{\"state\":\"SILENCED\"}")
                .status()).isEqualTo(403);
        assertThat(moderator.api().put("api/v1/admin/members/" + moderator.id() + "/role", "{\"role\":\"ADMINISTRATOR\"}")
                .status()).isEqualTo(403);
        assertThat(Accounts.admin().api().put("api/v1/admin/members/" + Accounts.admin().id() + "/role",
                "{\"role\":\"MEMBER\"}").status()).as("the administrator cannot demote themselves").isEqualTo(409);
    }

    @Test
    void adminListsMembersPageByPage() {
        Accounts.member();
        Accounts.member();
        Reply first = Accounts.admin().api().get("api/v1/admin/members?limit=1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().getJsonArray("items")).hasSize(1);
        String next = first.json().getString("next");
        assertThat(first.header("Link")).contains("rel=\"next\"");
        Reply second = Accounts.admin().api().get(next.substring(next.indexOf("api/v1")));
        assertThat(second.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
                .isLessThan(first.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }
}
