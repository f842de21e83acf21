package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.symbiose.it.Accounts.Account;

/**
 * Bad requests of every kind: each is a 4xx answered in problem+json with a stable type, and
 * none of them writes anything.
 */
class BadInputIT extends Deployed {

    /** One bad request and the answer it must get. */
    private record Case(String name, Api api, String method, String path, String body, String contentType,
            int status, String type, String field, String... headers) {
    }

    @Test
    void everyBadInputIsA4xxProblemAndWritesNothing() {
        Account member = Accounts.member();
        Account admin = Accounts.admin();
        Reply created = member.api().post("api/v1/items", "{\"type\":\"test.topic\",\"title\":\"Target\",\"body\":\"b\"}");
        String item = created.header("Location").substring(created.header("Location").indexOf("api/v1"));
        JsonObject before = snapshot(member, admin, item);

        Api m = member.api();
        String json = "application/json";
        String reg = "api/v1/members";
        String ok = "\"displayName\":\"Bad\",\"password\":\"long-enough-1\"";
        List<Case> cases = new ArrayList<>(List.of(
                new Case("malformed JSON", Api.anonymous(), "POST", reg, "{\"email\":", json, 400, "malformed-body", null),
                new Case("empty body", Api.anonymous(), "POST", reg, "", json, 400, "validation", null),
                new Case("array instead of object", Api.anonymous(), "POST", reg, "[]", json, 400, "malformed-body", null),
                new Case("object where text expected", Api.anonymous(), "POST", reg,
                        "{\"email\":\"x@y.org\",\"displayName\":{\"a\":1},\"password\":\"long-enough-1\"}", json, 400, "malformed-body", null),
                new Case("invalid e-mail", Api.anonymous(), "POST", reg, "{\"email\":\"not-an-email\"," + ok + "}", json, 400, "validation", "email"),
                new Case("e-mail too long", Api.anonymous(), "POST", reg, "{\"email\":\"" + "a".repeat(250) + "@x.org\"," + ok + "}", json, 400, "validation", "email"),
                new Case("password too short", Api.anonymous(), "POST", reg, "{\"email\":\"short@x.org\",\"displayName\":\"Bad\",\"password\":\"short\"}", json, 400, "validation", "password"),
                new Case("blank display name", Api.anonymous(), "POST", reg, "{\"email\":\"blank@x.org\",\"displayName\":\"  \",\"password\":\"long-enough-1\"}", json, 400, "validation", "displayName"),
                new Case("unsupported language", Api.anonymous(), "POST", reg, "{\"email\":\"lang@x.org\"," + ok + ",\"locale\":\"de\"}", json, 400, "validation", "locale"),
                new Case("text instead of JSON", Api.anonymous(), "POST", reg, "email=a@b.org", "text/plain", 415, "unsupported-media-type", null),
                new Case("item type not plugin.kind", m, "POST", "api/v1/items", "{\"type\":\"Forum\",\"body\":\"b\"}", json, 400, "validation", "type"),
                new Case("item without body", m, "POST", "api/v1/items", "{\"type\":\"test.topic\",\"title\":\"t\"}", json, 400, "validation", "body"),
                new Case("title too long", m, "POST", "api/v1/items", "{\"type\":\"test.topic\",\"title\":\"" + "t".repeat(301) + "\",\"body\":\"b\"}", json, 400, "validation", "title"),
                new Case("too many tags", m, "POST", "api/v1/items", "{\"type\":\"test.topic\",\"body\":\"b\",\"tags\":[" + "\"t\",".repeat(20) + "\"t\"]}", json, 400, "validation", "tags"),
                new Case("invalid tag", m, "POST", "api/v1/items", "{\"type\":\"test.topic\",\"body\":\"b\",\"tags\":[\"!!\"]}", json, 400, "validation", "tags"),
                new Case("unknown parent", m, "POST", "api/v1/items", "{\"type\":\"test.reply\",\"body\":\"b\",\"parentId\":999999999}", json, 400, "validation", "parentId"),
                new Case("attributes not an object", m, "POST", "api/v1/items", "{\"type\":\"test.topic\",\"body\":\"b\",\"attributes\":[1,2]}", json, 400, "validation", "attributes"),
                new Case("null tag", m, "POST", "api/v1/items", "{\"type\":\"test.topic\",\"body\":\"b\",\"tags\":[null]}", json, 400, "validation", "tags"),
                new Case("null tag in an edit", m, "PUT", item, "{\"tags\":[null],\"version\":1}", json, 400, "validation", "tags"),
                new Case("null attribute value", m, "POST", "api/v1/items", "{\"type\":\"test.topic\",\"body\":\"b\",\"attributes\":{\"a\":null}}", json, 400, "validation", "attributes"),
                new Case("body over the content limit", m, "POST", "api/v1/items", "{\"type\":\"test.topic\",\"body\":\"" + "x".repeat(100_001) + "\"}", json, 400, "validation", "body"),
                new Case("request over the size limit", m, "POST", "api/v1/items", "{\"type\":\"test.topic\",\"body\":\"" + "x".repeat(1_100_000) + "\"}", json, 413, "payload-too-large", null),
                new Case("unknown item", Api.anonymous(), "GET", "api/v1/items/999999999", null, null, 404, "not-found", null),
                new Case("non-numeric item id", Api.anonymous(), "GET", "api/v1/items/abc", null, null, 404, "not-found", null),
                new Case("unknown endpoint", Api.anonymous(), "GET", "api/v1/nothing-here", null, null, 404, "not-found", null),
                new Case("page size zero", Api.anonymous(), "GET", "api/v1/items?limit=0", null, null, 400, "validation", "limit"),
                new Case("page size not a number", Api.anonymous(), "GET", "api/v1/items?limit=ten", null, null, 400, "validation", "limit"),
                new Case("negative cursor", Api.anonymous(), "GET", "api/v1/items?before=-5", null, null, 400, "validation", "before"),
                new Case("unknown status", Api.anonymous(), "GET", "api/v1/items?status=BOGUS", null, null, 400, "validation", "status"),
                new Case("edit without version", m, "PUT", item, "{\"title\":\"x\"}", json, 428, "precondition-required", null),
                new Case("edit with a garbage If-Match", m, "PUT", item, "{\"title\":\"x\"}", json, 400, "bad-request", null, "If-Match", "\"abc\""),
                new Case("edit with a stale version", m, "PUT", item, "{\"title\":\"x\",\"version\":99}", json, 409, "stale-version", null),
                new Case("vote out of range", m, "PUT", item + "/vote", "{\"value\":2}", json, 400, "validation", "value"),
                new Case("vote not a number", m, "PUT", item + "/vote", "{\"value\":\"up\"}", json, 400, "malformed-body", null),
                new Case("invalid reaction kind", m, "PUT", item + "/reactions/BAD%21", null, null, 400, "validation", "kind"),
                new Case("avatar with a script URL", m, "PUT", "api/v1/me", "{\"avatarUrl\":\"javascript:alert(1)\",\"version\":1}", json, 400, "validation", "avatarUrl"),
                new Case("bio too long", m, "PUT", "api/v1/me", "{\"bio\":\"" + "b".repeat(2001) + "\",\"version\":1}", json, 400, "validation", "bio"),
                new Case("new password too short", m, "PUT", "api/v1/me/password", "{\"currentPassword\":\"" + member.password() + "\",\"newPassword\":\"x\"}", json, 400, "validation", "newPassword"),
                new Case("token without a name", m, "POST", "api/v1/me/tokens", "{\"name\":\" \"}", json, 400, "validation", "name"),
                new Case("unknown account state", admin.api(), "PUT", "api/v1/admin/members/" + member.id() + "/state", "{\"state\":\"NOPE\"}", json, 400, "malformed-body", null),
                new Case("role missing", admin.api(), "PUT", "api/v1/admin/members/" + member.id() + "/role", "{}", json, 400, "validation", "role"),
                new Case("method not allowed", m, "DELETE", "api/v1/items", null, null, 405, "method-not-allowed", null),
                new Case("XML asked for", Api.anonymous(), "GET", item, null, null, 406, "not-acceptable", null, "Accept", "application/xml")));

        SoftAssertions softly = new SoftAssertions();
        for (Case c : cases) {
            Reply reply = c.api().send(c.method(), c.path(), c.body(), c.contentType(), c.headers());
            softly.assertThat(reply.status()).as(c.name() + ": " + reply).isEqualTo(c.status());
            softly.assertThat(reply.contentType()).as(c.name() + " content type").startsWith("application/problem+json");
            if (reply.contentType() != null && reply.contentType().startsWith("application/problem+json")) {
                JsonObject problem = reply.json();
                softly.assertThat(problem.getString("type")).as(c.name() + " type").isEqualTo("urn:symbiose:problem:" + c.type());
                softly.assertThat(problem.getInt("status")).as(c.name() + " status field").isEqualTo(reply.status());
                softly.assertThat(problem.getString("detail", "")).as(c.name() + " detail").isNotBlank();
                if (c.field() != null) {
                    softly.assertThat(problem.getJsonArray("errors").toString()).as(c.name() + " field errors")
                            .contains("\"field\":\"" + c.field() + "\"");
                }
            }
        }
        softly.assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        softly.assertAll();

        assertThat(snapshot(member, admin, item)).as("nothing was written").isEqualTo(before);
    }

    /** What a bad request could have changed: the newest member and item, the target item, the profile. */
    private static JsonObject snapshot(Account member, Account admin, String item) {
        return jakarta.json.Json.createObjectBuilder()
                .add("newestMember", admin.api().get("api/v1/admin/members?limit=1").json().getJsonArray("items").get(0))
                .add("newestItem", Api.anonymous().get("api/v1/items?limit=1").json().getJsonArray("items").get(0))
                .add("item", Api.anonymous().get(item).json())
                .add("me", member.api().get("api/v1/me").json())
                .add("tokens", member.api().get("api/v1/me/tokens").items().size())
                .build();
    }
}
