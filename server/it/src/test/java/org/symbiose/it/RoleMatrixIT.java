package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.symbiose.it.Accounts.Account;

/**
 * Every endpoint, called as every role, answers as designed; and "every endpoint" is checked
 * against the OpenAPI document, so a new endpoint without a row here fails this test.
 */
class RoleMatrixIT extends Deployed {

    private static final List<String> ROLES = List.of("anonymous", "member", "moderator", "community-manager", "administrator");

    /**
     * What one call needs: who calls, and fresh things to act on that belong to someone else,
     * made only when the call asks for them.
     */
    private static final class Target {
        private final Account caller;
        private final Account owner;
        private String item;
        private Long otherMember;

        Target(Account caller, Account owner) {
            this.caller = caller;
            this.owner = owner;
        }

        Account caller() {
            return caller;
        }

        Api api() {
            return caller == null ? Api.anonymous() : caller.api();
        }

        String item() {
            if (item == null) {
                String location = owner.api().post("api/v1/items",
                        "{\"type\":\"test.topic\",\"title\":\"owned\",\"body\":\"b\"}").header("Location");
                item = location.substring(location.indexOf("api/v1"));
            }
            return item;
        }

        long otherMember() {
            if (otherMember == null) {
                otherMember = Accounts.member("Other").id();
            }
            return otherMember;
        }

        /** A file the owner uploaded, fresh for each call: its url, with its key. */
        String file() {
            return Uploads.stored(owner, "owned.png", Uploads.PNG).getString("url").substring(1);
        }
    }

    /**
     * One endpoint: how to call it, and the expected status for each role in {@link #ROLES} order.
     */
    private record Row(String method, String template, Function<Target, Reply> call, int... expected) {
    }

    /** A fresh account for each role but the anonymous one, in {@link #ROLES} order. */
    private static Map<String, Account> accounts() {
        Map<String, Account> accounts = new LinkedHashMap<>();
        accounts.put("anonymous", null);
        accounts.put("member", Accounts.member());
        accounts.put("moderator", Accounts.withRole("MODERATOR"));
        accounts.put("community-manager", Accounts.withRole("COMMUNITY_MANAGER"));
        accounts.put("administrator", Accounts.admin());
        return accounts;
    }

    /**
     * Calls every row as every role, asserting each status (and problem+json for errors) softly, so one
     * run lists every wrong answer; returns the rows' operations ({@code METHOD /template}).
     */
    private static Set<String> play(List<Row> rows, Map<String, Account> accounts, Account owner) {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : rows) {
            for (int r = 0; r < ROLES.size(); r++) {
                Reply reply = row.call().apply(new Target(accounts.get(ROLES.get(r)), owner));
                softly.assertThat(reply.status()).as(row.method() + " " + row.template() + " as " + ROLES.get(r) + ": " + reply)
                        .isEqualTo(row.expected()[r]);
                if (reply.status() >= 400) {
                    softly.assertThat(reply.contentType()).as(row.template() + " error type").startsWith("application/problem+json");
                }
            }
        }
        softly.assertAll();
        return rows.stream().map(row -> row.method() + " " + row.template()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyEndpointAnswersEachRoleAsDesigned() {
        Map<String, Account> accounts = accounts();
        Account owner = Accounts.member("Owner");

        List<Row> rows = List.of(
                new Row("GET", "/api/v1/health", t -> t.api().get("api/v1/health"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/members", t -> t.api().post("api/v1/members", "{\"email\":\"" + java.util.UUID.randomUUID()
                        + "@matrix.test\",\"displayName\":\"New\",\"password\":\"long-enough-1\"}"), 201, 201, 201, 201, 201),
                new Row("GET", "/api/v1/members/{id}", t -> t.api().get("api/v1/members/" + t.otherMember()), 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/me", t -> t.api().get("api/v1/me"), 401, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/me", t -> t.api().put("api/v1/me", "{\"bio\":\"matrix\"}", "If-Match",
                        String.valueOf(t.api().get("api/v1/me").header("ETag"))), 401, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/me/password", t -> t.api().put("api/v1/me/password", "{\"currentPassword\":\""
                        + (t.caller() == null ? "x" : t.caller().password()) + "\",\"newPassword\":\""
                        + (t.caller() == null ? "long-enough-1" : t.caller().password()) + "\"}"), 401, 204, 204, 204, 204),
                new Row("GET", "/api/v1/me/tokens", t -> t.api().get("api/v1/me/tokens"), 401, 200, 200, 200, 200),
                new Row("POST", "/api/v1/me/tokens", t -> t.api().post("api/v1/me/tokens", "{\"name\":\"matrix\"}"), 401, 201, 201, 201, 201),
                new Row("DELETE", "/api/v1/me/tokens/{id}", t -> t.api().delete("api/v1/me/tokens/" + newToken(t)), 401, 204, 204, 204, 204),
                new Row("GET", "/api/v1/me/notifications", t -> t.api().get("api/v1/me/notifications"), 401, 200, 200, 200, 200),
                new Row("GET", "/api/v1/me/notifications/unread", t -> t.api().get("api/v1/me/notifications/unread"),
                        401, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/me/notifications/{id}/read", t -> t.api().put("api/v1/me/notifications/999999999/read", null),
                        401, 404, 404, 404, 404),
                new Row("POST", "/api/v1/me/notifications/read", t -> t.api().post("api/v1/me/notifications/read", ""),
                        401, 204, 204, 204, 204),
                new Row("POST", "/api/v1/items/{id}/flags", t -> t.api().post(t.item() + "/flags", "{\"reason\":\"SPAM\"}"),
                        401, 201, 201, 201, 201),
                new Row("GET", "/api/v1/items/{id}/flags/mine", t -> {
                    t.api().post(t.item() + "/flags", "{\"flagReason\":\"SPAM\"}");
                    return t.api().get(t.item() + "/flags/mine");
                }, 401, 200, 200, 200, 200),
                new Row("GET", "/api/v1/moderation/queue", t -> t.api().get("api/v1/moderation/queue"), 401, 403, 200, 200, 200),
                new Row("PUT", "/api/v1/moderation/queue/{id}", t -> t.api().put("api/v1/moderation/queue/999999999",
                        "{\"decision\":\"APPROVE\",\"version\":0}"), 401, 403, 404, 404, 404),
                new Row("GET", "/api/v1/moderation/watched-words", t -> t.api().get("api/v1/moderation/watched-words"),
                        401, 403, 200, 200, 200),
                new Row("POST", "/api/v1/moderation/watched-words", t -> t.api().post("api/v1/moderation/watched-words",
                        "{\"pattern\":\"matrix" + java.util.UUID.randomUUID() + "\",\"action\":\"CENSOR\"}"), 401, 403, 403, 201, 201),
                new Row("DELETE", "/api/v1/moderation/watched-words/{id}", t -> t.api().delete("api/v1/moderation/watched-words/999999999"),
                        401, 403, 403, 404, 404),
                new Row("GET", "/api/v1/moderation/settings", t -> t.api().get("api/v1/moderation/settings"), 401, 403, 200, 200, 200),
                new Row("PUT", "/api/v1/moderation/settings", t -> t.api().put("api/v1/moderation/settings",
                        "{\"flagThreshold\":3,\"firstPostsReviewed\":0}"), 401, 403, 403, 200, 200),
                new Row("GET", "/api/v1/me/standing", t -> t.api().get("api/v1/me/standing"), 401, 200, 200, 200, 200),
                new Row("GET", "/api/v1/moderation/members/{id}", t -> t.api().get("api/v1/moderation/members/" + t.otherMember()),
                        401, 403, 200, 200, 200),
                new Row("POST", "/api/v1/moderation/members/{id}/sanctions", t -> t.api().post("api/v1/moderation/members/"
                        + t.otherMember() + "/sanctions", "{\"kind\":\"WARN\",\"reason\":\"matrix\",\"points\":0}"),
                        401, 403, 201, 201, 201),
                new Row("DELETE", "/api/v1/moderation/members/{id}/sanctions/{sanction}", t -> t.api().delete(
                        "api/v1/moderation/members/" + t.otherMember() + "/sanctions/999999999"), 401, 403, 404, 404, 404),
                new Row("POST", "/api/v1/moderation/members/{id}/notes", t -> t.api().post("api/v1/moderation/members/"
                        + t.otherMember() + "/notes", "{\"text\":\"matrix\"}"), 401, 403, 201, 201, 201),
                new Row("GET", "/api/v1/moderation/dashboard", t -> t.api().get("api/v1/moderation/dashboard"), 401, 403, 200, 200, 200),
                new Row("GET", "/api/v1/moderation/ladder", t -> t.api().get("api/v1/moderation/ladder"), 401, 403, 200, 200, 200),
                new Row("PUT", "/api/v1/moderation/ladder", t -> t.api().put("api/v1/moderation/ladder", "{\"steps\":[]}"),
                        401, 403, 403, 200, 200),
                new Row("GET", "/api/v1/moderation/audit/export", t -> t.api().get("api/v1/moderation/audit/export?action=moderation."),
                        401, 403, 200, 200, 200),
                new Row("GET", "/api/v1/moderation/audit", t -> t.api().get("api/v1/moderation/audit"), 401, 403, 200, 200, 200),
                new Row("GET", "/api/v1/admin/members", t -> t.api().get("api/v1/admin/members"), 401, 403, 200, 200, 200),
                new Row("PUT", "/api/v1/admin/members/{id}/state", t -> t.api().put("api/v1/admin/members/" + t.otherMember()
                        + "/state", "{\"state\":\"SILENCED\"}"), 401, 403, 200, 200, 200),
                new Row("PUT", "/api/v1/admin/members/{id}/role", t -> t.api().put("api/v1/admin/members/" + t.otherMember()
                        + "/role", "{\"role\":\"MEMBER\"}"), 401, 403, 403, 403, 200),
                new Row("GET", "/api/v1/admin/plugins", t -> t.api().get("api/v1/admin/plugins"), 401, 403, 403, 403, 200),
                new Row("POST", "/api/v1/admin/plugins", t -> t.api().upload("api/v1/admin/plugins", new byte[] {1, 2, 3},
                        "application/java-archive"), 401, 403, 403, 403, 400),
                new Row("PUT", "/api/v1/admin/plugins/{id}/enabled", t -> t.api().put("api/v1/admin/plugins/absent/enabled",
                        "{\"enabled\":false}"), 401, 403, 403, 403, 404),
                new Row("DELETE", "/api/v1/admin/plugins/{id}", t -> t.api().delete("api/v1/admin/plugins/absent"),
                        401, 403, 403, 403, 404),
                new Row("GET", "/api/v1/admin/permissions", t -> t.api().get("api/v1/admin/permissions"), 401, 403, 403, 403, 200),
                new Row("PUT", "/api/v1/admin/permissions/{key}", t -> t.api().put("api/v1/admin/permissions/absent.key",
                        "{\"grantedTo\":\"MEMBER\"}"), 401, 403, 403, 403, 404),
                new Row("GET", "/api/v1/admin/settings", t -> t.api().get("api/v1/admin/settings"), 401, 403, 403, 403, 200),
                new Row("PUT", "/api/v1/admin/settings/{key}", t -> t.api().put("api/v1/admin/settings/absent.key",
                        "{\"value\":\"x\"}"), 401, 403, 403, 403, 404),
                new Row("GET", "/api/v1/search", t -> t.api().get("api/v1/search?q=matrix"), 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/search/suggest", t -> t.api().get("api/v1/search/suggest?q=ma"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/search/clicks", t -> t.api().post("api/v1/search/clicks?q=matrix", ""), 204, 204, 204, 204, 204),
                new Row("POST", "/api/v1/search/deflections/{composer}", t -> t.api().post("api/v1/search/deflections/matrix-composer", ""),
                        204, 204, 204, 204, 204),
                new Row("POST", "/api/v1/search/deflections/{composer}/posted", t -> t.api().post(
                        "api/v1/search/deflections/matrix-composer/posted", ""), 204, 204, 204, 204, 204),
                new Row("GET", "/api/v1/search/related/{id}", t -> t.api().get(t.item().replace("items/", "search/related/")),
                        200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/admin/search", t -> t.api().get("api/v1/admin/search"), 401, 403, 403, 403, 200),
                new Row("GET", "/api/v1/admin/tasks", t -> t.api().get("api/v1/admin/tasks"), 401, 403, 403, 403, 200),
                // no source named: refused before anything is read
                new Row("POST", "/api/v1/admin/imports", t -> t.api().send("POST", "api/v1/admin/imports", "{}\n",
                        "application/x-ndjson"), 401, 403, 403, 403, 400),
                new Row("GET", "/api/v1/admin/imports/{id}", t -> t.api().get("api/v1/admin/imports/999999999"),
                        401, 403, 403, 403, 404),
                new Row("POST", "/api/v1/admin/search/rebuild", t -> t.api().post("api/v1/admin/search/rebuild", ""),
                        401, 403, 403, 403, 202),
                new Row("GET", "/api/v1/items", t -> t.api().get("api/v1/items"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/items", t -> t.api().post("api/v1/items", "{\"type\":\"test.topic\",\"title\":\"m\",\"body\":\"b\"}"),
                        401, 201, 201, 201, 201),
                new Row("GET", "/api/v1/items/{id}", t -> t.api().get(t.item()), 200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/items/{id}", t -> t.api().put(t.item(), "{\"title\":\"edited\",\"version\":1}"), 401, 403, 200, 200, 200),
                new Row("DELETE", "/api/v1/items/{id}", t -> t.api().delete(t.item()), 401, 403, 204, 204, 204),
                new Row("PUT", "/api/v1/items/{id}/status", t -> t.api().put(t.item() + "/status", "{\"status\":\"HIDDEN\",\"version\":1}"),
                        401, 403, 200, 200, 200),
                new Row("GET", "/api/v1/items/{id}/revisions", t -> t.api().get(t.item() + "/revisions"), 200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/items/{id}/reactions/{kind}", t -> t.api().put(t.item() + "/reactions/like", null), 401, 200, 200, 200, 200),
                new Row("DELETE", "/api/v1/items/{id}/reactions/{kind}", t -> t.api().delete(t.item() + "/reactions/like"), 401, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/items/{id}/vote", t -> t.api().put(t.item() + "/vote", "{\"value\":1}"), 401, 200, 200, 200, 200),
                new Row("POST", "/api/v1/files", t -> t.api().upload("api/v1/files?name=matrix.txt",
                        "matrix".getBytes(StandardCharsets.UTF_8), "text/plain"), 401, 201, 201, 201, 201),
                new Row("GET", "/api/v1/files/{id}", t -> t.api().get(t.file()), 200, 200, 200, 200, 200),
                new Row("DELETE", "/api/v1/files/{id}", t -> t.api().delete(t.file()), 401, 403, 204, 204, 204),
                new Row("GET", "/api/v1/moderation/trust", t -> t.api().get("api/v1/moderation/trust"), 401, 403, 200, 200, 200),
                new Row("PUT", "/api/v1/moderation/trust", t -> t.api().put("api/v1/moderation/trust", TrustDefaults.JSON),
                        401, 403, 403, 200, 200),
                new Row("PUT", "/api/v1/moderation/members/{id}/trust", t -> t.api().put("api/v1/moderation/members/"
                        + t.otherMember() + "/trust", "{\"level\":1}"), 401, 403, 403, 200, 200),
                new Row("DELETE", "/api/v1/moderation/members/{id}/trust/lock", t -> t.api().delete("api/v1/moderation/members/"
                        + t.otherMember() + "/trust/lock"), 401, 403, 403, 409, 409),
                new Row("PUT", "/api/v1/moderation/members/{id}/watch", t -> t.api().put("api/v1/moderation/members/"
                        + t.otherMember() + "/watch", "{\"reason\":\"matrix\"}"), 401, 403, 200, 200, 200),
                new Row("DELETE", "/api/v1/moderation/members/{id}/watch", t -> t.api().delete("api/v1/moderation/members/"
                        + t.otherMember() + "/watch"), 401, 403, 404, 404, 404),
                new Row("POST", "/api/v1/moderation/queue/decisions", t -> t.api().post("api/v1/moderation/queue/decisions",
                        "{\"decisions\":[{\"id\":999999999,\"version\":0,\"decision\":\"APPROVE\"}]}"), 401, 403, 200, 200, 200),
                new Row("POST", "/api/v1/moderation/queue/{id}/claim", t -> t.api().post("api/v1/moderation/queue/999999999/claim", ""),
                        401, 403, 404, 404, 404),
                new Row("DELETE", "/api/v1/moderation/queue/{id}/claim", t -> t.api().delete("api/v1/moderation/queue/999999999/claim"),
                        401, 403, 404, 404, 404),
                new Row("GET", "/api/v1/moderation/members", t -> t.api().get("api/v1/moderation/members?q=other"), 401, 403, 200, 200, 200),
                new Row("GET", "/api/v1/moderation/members/{id}/history", t -> t.api().get("api/v1/moderation/members/"
                        + t.otherMember() + "/history"), 401, 403, 200, 200, 200));

        assertThat(play(rows, accounts, owner)).as("the matrix covers exactly the endpoints of the OpenAPI document")
                .isEqualTo(documented());
    }

    /**
     * The blog plugin's endpoints and feeds (AtomPub, MetaWeblog and imports have their own ITs), each
     * call on a fresh blog of the administrator's with one published post: readers read, members
     * comment, and only the blog's managers (community managers and above) run it.
     */
    @Test
    void everyBlogEndpointAnswersEachRoleAsDesigned() {
        Map<String, Account> accounts = accounts();
        String b = "api/v1/blog/";
        List<Row> rows = List.of(
                new Row("GET", "/api/v1/blog/blogs", t -> t.api().get(b + "blogs"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/blog/blogs", t -> t.api().post(b + "blogs", "{\"name\":\"" + BlogFixture.freshName()
                        + "\",\"title\":\"Matrix\",\"official\":true}"), 401, 403, 403, 201, 201),
                new Row("GET", "/api/v1/blog/blogs/{name}", t -> t.api().get(b + "blogs/" + BlogFixture.make().name()),
                        200, 200, 200, 200, 200),
                new Row("PATCH", "/api/v1/blog/blogs/{name}", t -> {
                    BlogFixture blog = BlogFixture.make();
                    return t.api().send("PATCH", b + "blogs/" + blog.name(), "{\"title\":\"Changed\",\"version\":"
                            + blog.version() + "}", "application/json");
                }, 401, 403, 403, 200, 200),
                new Row("GET", "/api/v1/blog/blogs/{name}/team", t -> t.api().get(b + "blogs/" + BlogFixture.make().name()
                        + "/team"), 200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/blog/blogs/{name}/team", t -> t.api().put(b + "blogs/" + BlogFixture.make().name()
                        + "/team", "[{\"member\":" + Accounts.admin().id() + ",\"role\":\"OWNER\"}]"), 401, 403, 403, 200, 200),
                new Row("GET", "/api/v1/blog/blogs/{name}/categories", t -> t.api().get(b + "blogs/"
                        + BlogFixture.make().name() + "/categories"), 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/blog/blogs/{name}/posts", t -> t.api().get(b + "blogs/" + BlogFixture.make().name()
                        + "/posts"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/blog/blogs/{name}/posts", t -> t.api().post(b + "blogs/" + BlogFixture.make().name()
                        + "/posts", "{\"title\":\"Matrix\"}"), 401, 403, 403, 201, 201),
                new Row("GET", "/api/v1/blog/posts/{id}", t -> t.api().get(b + "posts/" + BlogFixture.make().post()),
                        200, 200, 200, 200, 200),
                new Row("PATCH", "/api/v1/blog/posts/{id}", t -> {
                    BlogFixture blog = BlogFixture.make();
                    return t.api().send("PATCH", b + "posts/" + blog.post(), "{\"title\":\"Changed\",\"version\":"
                            + blog.postVersion() + "}", "application/json");
                }, 401, 403, 403, 200, 200),
                new Row("DELETE", "/api/v1/blog/posts/{id}", t -> {
                    BlogFixture blog = BlogFixture.make();
                    return t.api().delete(b + "posts/" + blog.post() + "?version=" + blog.postVersion());
                }, 401, 403, 403, 204, 204),
                new Row("GET", "/api/v1/blog/posts/{id}/revisions", t -> t.api().get(b + "posts/" + BlogFixture.make().post()
                        + "/revisions"), 401, 403, 403, 200, 200),
                new Row("POST", "/api/v1/blog/posts/{id}/revisions/{version}/restore", t -> {
                    BlogFixture blog = BlogFixture.make();
                    return t.api().post(b + "posts/" + blog.post() + "/revisions/999/restore?version=" + blog.postVersion(), "");
                }, 401, 403, 403, 404, 404),
                new Row("GET", "/api/v1/blog/posts/{id}/comments", t -> t.api().get(b + "posts/" + BlogFixture.make().post()
                        + "/comments"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/blog/posts/{id}/comments", t -> t.api().post(b + "posts/" + BlogFixture.make().post()
                        + "/comments", "{\"body\":\"Matrix\"}"), 401, 201, 201, 201, 201),
                new Row("PUT", "/api/v1/blog/comments/{id}/reactions/{kind}", t -> t.api().put(b + "comments/"
                        + BlogFixture.make().comment() + "/reactions/like", null), 401, 200, 200, 200, 200),
                new Row("DELETE", "/api/v1/blog/comments/{id}/reactions/{kind}", t -> t.api().delete(b + "comments/"
                        + BlogFixture.make().comment() + "/reactions/like"), 401, 200, 200, 200, 200),
                // the administrator's comment: moderators and the blog's managers delete it, other members may not
                new Row("DELETE", "/api/v1/blog/comments/{id}", t -> {
                    BlogFixture blog = BlogFixture.make();
                    return t.api().delete(b + "comments/" + blog.comment() + "?version=" + blog.commentVersion());
                }, 401, 403, 204, 204, 204),
                // feeds show what visitors read, to everyone alike
                new Row("GET", "/api/v1/blog/feeds/{format}", t -> t.api().get(b + "feeds/atom"), 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/blog/feeds/{format}/blogs/{name}", t -> t.api().get(b + "feeds/rss/blogs/"
                        + BlogFixture.make().name()), 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/blog/feeds/{format}/blogs/{name}/categories/{category}", t -> {
                    BlogFixture blog = BlogFixture.make();
                    Accounts.admin().api().send("PATCH", b + "posts/" + blog.post(), "{\"categories\":[\"Matrix\"],\"version\":"
                            + blog.postVersion() + "}", "application/json");
                    return t.api().get(b + "feeds/atom/blogs/" + blog.name() + "/categories/matrix");
                }, 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/blog/feeds/{format}/tags/{tag}", t -> t.api().get(b + "feeds/rss/tags/matrix"),
                        200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/blog/feeds/{format}/posts/{id}/comments", t -> t.api().get(b + "feeds/atom/posts/"
                        + BlogFixture.make().post() + "/comments"), 200, 200, 200, 200, 200));

        assertThat(play(rows, accounts, null)).as("the blog rows cover the blog's core endpoints of the OpenAPI document")
                .containsAll(pluginDocumented("blog", "(feeds|atompub|xmlrpc|imports).*"));
    }

    /**
     * The blog's remote publishing and import endpoints, on a fresh blog of the administrator's: AtomPub for the
     * blog's team (community managers and above run every official blog), MetaWeblog open at the HTTP level (its
     * calls carry their own credentials), WordPress imports for administrators.
     */
    @Test
    void everyRemotePublishingEndpointAnswersEachRoleAsDesigned() throws java.io.IOException {
        Map<String, Account> accounts = accounts();
        String a = "api/v1/blog/atompub/";
        String entry = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><title>Matrix</title><content>b</content></entry>";
        String atom = "application/atom+xml;type=entry";
        byte[] export = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(System.getProperty("basedir", "."))
                .resolve("../../plugins/blog/src/test/resources/wxr/wordpress-export.xml"));
        List<Row> rows = List.of(
                new Row("GET", "/api/v1/blog/atompub/service", t -> t.api().get(a + "service"), 401, 200, 200, 200, 200),
                new Row("GET", "/api/v1/blog/atompub/blogs/{name}/entries", t -> t.api().get(a + "blogs/"
                        + BlogFixture.make().name() + "/entries"), 401, 403, 403, 200, 200),
                new Row("POST", "/api/v1/blog/atompub/blogs/{name}/entries", t -> t.api().send("POST", a + "blogs/"
                        + BlogFixture.make().name() + "/entries", entry, atom), 401, 403, 403, 201, 201),
                new Row("GET", "/api/v1/blog/atompub/blogs/{name}/entries/{id}", t -> {
                    BlogFixture blog = BlogFixture.make();
                    return t.api().get(a + "blogs/" + blog.name() + "/entries/" + blog.post());
                }, 401, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/blog/atompub/blogs/{name}/entries/{id}", t -> {
                    BlogFixture blog = BlogFixture.make();
                    return t.api().send("PUT", a + "blogs/" + blog.name() + "/entries/" + blog.post(), entry, atom,
                            "If-Match", "\"" + blog.postVersion() + "\"");
                }, 401, 403, 403, 200, 200),
                new Row("DELETE", "/api/v1/blog/atompub/blogs/{name}/entries/{id}", t -> {
                    BlogFixture blog = BlogFixture.make();
                    return t.api().delete(a + "blogs/" + blog.name() + "/entries/" + blog.post());
                }, 401, 403, 403, 204, 204),
                new Row("GET", "/api/v1/blog/atompub/blogs/{name}/media", t -> t.api().get(a + "blogs/"
                        + BlogFixture.make().name() + "/media"), 401, 403, 403, 200, 200),
                new Row("POST", "/api/v1/blog/atompub/blogs/{name}/media", t -> t.api().upload(a + "blogs/"
                        + BlogFixture.make().name() + "/media", Uploads.PNG, "image/png", "Slug", "dot.png"), 401, 403, 403, 201, 201),
                new Row("GET", "/api/v1/blog/atompub/blogs/{name}/media/{id}", t -> t.api().get(a + "blogs/"
                        + BlogFixture.make().name() + "/media/999999999"), 401, 403, 403, 404, 404),
                new Row("DELETE", "/api/v1/blog/atompub/blogs/{name}/media/{id}", t -> t.api().delete(a + "blogs/"
                        + BlogFixture.make().name() + "/media/999999999"), 401, 403, 403, 404, 404),
                new Row("POST", "/api/v1/blog/xmlrpc", t -> t.api().send("POST", "api/v1/blog/xmlrpc",
                        "<methodCall><methodName>system.listMethods</methodName></methodCall>", "text/xml"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/blog/imports", t -> t.api().upload("api/v1/blog/imports?blog="
                        + BlogFixture.make().name(), export, "application/xml"), 401, 403, 403, 403, 202),
                new Row("GET", "/api/v1/blog/imports/{id}", t -> t.api().get("api/v1/blog/imports/999999999"),
                        401, 403, 403, 403, 404));

        play(rows, accounts, null);
    }

    /**
     * The FAQ plugin's endpoints, each call on fresh entries the administrator published: everyone
     * reads and votes, moderators write drafts, community managers (its editors) publish, link
     * translations and arrange sections, and read the private comments and whole freshness list.
     */
    @Test
    void everyFaqEndpointAnswersEachRoleAsDesigned() {
        String f = "api/v1/faq/";
        List<Row> rows = List.of(
                new Row("GET", "/api/v1/faq/sections", t -> t.api().get(f + "sections"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/faq/sections", t -> t.api().post(f + "sections", "{\"titles\":{\"en\":\"Matrix\"}}"),
                        401, 403, 403, 201, 201),
                new Row("GET", "/api/v1/faq/sections/{id}", t -> t.api().get(f + "sections/" + FaqFixture.section().id()),
                        200, 200, 200, 200, 200),
                new Row("PATCH", "/api/v1/faq/sections/{id}", t -> {
                    FaqFixture section = FaqFixture.section();
                    return t.api().send("PATCH", f + "sections/" + section.id(), "{\"position\":2,\"version\":"
                            + section.version() + "}", "application/json");
                }, 401, 403, 403, 200, 200),
                new Row("GET", "/api/v1/faq/sections/{id}/entries", t -> t.api().get(f + "sections/" + FaqFixture.section().id()
                        + "/entries?language=en"), 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/faq/entries", t -> t.api().get(f + "entries?limit=5"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/faq/entries", t -> t.api().post(f + "entries",
                        "{\"question\":\"Matrix?\",\"answer\":\"A\",\"language\":\"en\"}"), 401, 403, 201, 201, 201),
                new Row("GET", "/api/v1/faq/entries/{id}", t -> t.api().get(f + "entries/" + FaqFixture.entry("en").id()),
                        200, 200, 200, 200, 200),
                new Row("PATCH", "/api/v1/faq/entries/{id}", t -> {
                    FaqFixture entry = FaqFixture.entry("en");
                    return t.api().send("PATCH", f + "entries/" + entry.id(), "{\"appliesTo\":\"v3\",\"version\":"
                            + entry.version() + "}", "application/json");
                }, 401, 403, 403, 200, 200),
                new Row("GET", "/api/v1/faq/entries/{id}/revisions", t -> t.api().get(f + "entries/"
                        + FaqFixture.entry("en").id() + "/revisions"), 401, 403, 403, 200, 200),
                new Row("POST", "/api/v1/faq/entries/{id}/revisions/{version}/restore", t -> {
                    FaqFixture entry = FaqFixture.entry("en");
                    return t.api().post(f + "entries/" + entry.id() + "/revisions/999/restore?version=" + entry.version(), "");
                }, 401, 403, 403, 404, 404),
                new Row("PUT", "/api/v1/faq/entries/{id}/translation", t -> t.api().put(f + "entries/"
                        + FaqFixture.entry("en").id() + "/translation", "{\"entryId\":" + FaqFixture.entry("fr").id() + "}"),
                        401, 403, 403, 200, 200),
                new Row("DELETE", "/api/v1/faq/entries/{id}/translation", t -> t.api().delete(f + "entries/"
                        + FaqFixture.entry("en").id() + "/translation"), 401, 403, 403, 200, 200),
                new Row("POST", "/api/v1/faq/entries/{id}/reviewed", t -> t.api().post(f + "entries/"
                        + FaqFixture.entry("en").id() + "/reviewed", ""), 401, 403, 403, 200, 200),
                new Row("POST", "/api/v1/faq/entries/{id}/votes", t -> t.api().post(f + "entries/"
                        + FaqFixture.entry("en").id() + "/votes", "{\"helpful\":true}"), 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/faq/entries/{id}/comments", t -> t.api().get(f + "entries/"
                        + FaqFixture.entry("en").id() + "/comments"), 401, 403, 403, 200, 200),
                new Row("GET", "/api/v1/faq/freshness", t -> t.api().get(f + "freshness"), 401, 200, 200, 200, 200));
        assertThat(play(rows, accounts(), null)).as("the FAQ rows cover the FAQ's endpoints of the OpenAPI document")
                .containsAll(pluginDocumented("faq", "$^"));
    }

    /**
     * The ideas plugin's endpoints: everyone reads boxes and ideas, members propose, vote, comment,
     * react and subscribe; moderators also edit others' ideas; community managers create and set up
     * boxes, change statuses, merge and export.
     */
    @Test
    void everyIdeasEndpointAnswersEachRoleAsDesigned() {
        String i = "api/v1/ideas/";
        long box = IdeasFixture.box().id();
        String workflow = Api.anonymous().get(i + "boxes/" + box + "/workflow").body();
        List<Row> rows = List.of(
                new Row("GET", "/api/v1/ideas/boxes", t -> t.api().get(i + "boxes"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/ideas/boxes", t -> t.api().post(i + "boxes", "{\"title\":\"Matrix\"}"),
                        401, 403, 403, 201, 201),
                new Row("GET", "/api/v1/ideas/boxes/{box}", t -> t.api().get(i + "boxes/" + box), 200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/ideas/boxes/{box}", t -> {
                    IdeasFixture fresh = IdeasFixture.box();
                    return t.api().put(i + "boxes/" + fresh.id(), "{\"title\":\"Matrix 2\",\"version\":" + fresh.version()
                            + "}");
                }, 401, 403, 403, 200, 200),
                new Row("GET", "/api/v1/ideas/boxes/{box}/workflow", t -> t.api().get(i + "boxes/" + box + "/workflow"),
                        200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/ideas/boxes/{box}/workflow", t -> {
                    IdeasFixture fresh = IdeasFixture.box();
                    return t.api().put(i + "boxes/" + fresh.id() + "/workflow", workflow, "If-Match", "\"" + fresh.version() + "\"");
                }, 401, 403, 403, 200, 200),
                new Row("GET", "/api/v1/ideas/boxes/{box}/roadmap", t -> t.api().get(i + "boxes/" + box + "/roadmap"),
                        200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/ideas/boxes/{box}/similar", t -> t.api().get(i + "boxes/" + box
                        + "/similar?title=matrix"), 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/ideas/boxes/{box}/export.csv", t -> t.api().get(i + "boxes/" + box + "/export.csv"),
                        401, 403, 403, 200, 200),
                new Row("GET", "/api/v1/ideas/boxes/{box}/ideas", t -> t.api().get(i + "boxes/" + box + "/ideas"),
                        200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/ideas/boxes/{box}/ideas", t -> t.api().post(i + "boxes/" + box + "/ideas",
                        "{\"title\":\"Matrix\"}"), 401, 201, 201, 201, 201),
                new Row("GET", "/api/v1/ideas/{idea}", t -> t.api().get(i + IdeasFixture.idea(box).id()),
                        200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/ideas/{idea}", t -> {
                    IdeasFixture idea = IdeasFixture.idea(box);
                    return t.api().put(i + idea.id(), "{\"title\":\"Edited\",\"version\":" + idea.version() + "}");
                }, 401, 403, 200, 200, 200),
                new Row("POST", "/api/v1/ideas/{idea}/status", t -> t.api().post(i + IdeasFixture.idea(box).id() + "/status",
                        "{\"status\":\"under-review\"}"), 401, 403, 403, 200, 200),
                new Row("POST", "/api/v1/ideas/{idea}/merge", t -> t.api().post(i + IdeasFixture.idea(box).id() + "/merge",
                        "{\"into\":" + IdeasFixture.idea(box).id() + "}"), 401, 403, 403, 200, 200),
                new Row("POST", "/api/v1/ideas/{idea}/subscription", t -> t.api().post(i + IdeasFixture.idea(box).id()
                        + "/subscription", ""), 401, 200, 200, 200, 200),
                new Row("DELETE", "/api/v1/ideas/{idea}/subscription", t -> t.api().delete(i + IdeasFixture.idea(box).id()
                        + "/subscription"), 401, 200, 200, 200, 200),
                new Row("POST", "/api/v1/ideas/{idea}/reactions/{kind}", t -> t.api().post(i + IdeasFixture.idea(box).id()
                        + "/reactions/like", ""), 401, 200, 200, 200, 200),
                new Row("DELETE", "/api/v1/ideas/{idea}/reactions/{kind}", t -> t.api().delete(i
                        + IdeasFixture.idea(box).id() + "/reactions/like"), 401, 200, 200, 200, 200),
                new Row("POST", "/api/v1/ideas/{idea}/vote", t -> t.api().post(i + IdeasFixture.idea(box).id() + "/vote", ""),
                        401, 200, 200, 200, 200),
                new Row("DELETE", "/api/v1/ideas/{idea}/vote", t -> {
                    long idea = IdeasFixture.idea(box).id();
                    t.api().post(i + idea + "/vote", "");
                    return t.api().delete(i + idea + "/vote");
                }, 401, 200, 200, 200, 200),
                new Row("GET", "/api/v1/ideas/{idea}/comments", t -> t.api().get(i + IdeasFixture.idea(box).id()
                        + "/comments"), 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/ideas/{idea}/comments", t -> t.api().post(i + IdeasFixture.idea(box).id()
                        + "/comments", "{\"body\":\"Matrix\"}"), 401, 201, 201, 201, 201));
        assertThat(play(rows, accounts(), null)).as("the ideas rows cover the ideas endpoints of the OpenAPI document")
                .containsAll(pluginDocumented("ideas", "$^"));
    }

    /** A fresh box, or a fresh idea in a box, of the administrator's. */
    private record IdeasFixture(long id, long version) {

        static IdeasFixture box() {
            return of(Accounts.admin().api().post("api/v1/ideas/boxes", "{\"title\":\"Matrix\"}"));
        }

        static IdeasFixture idea(long box) {
            return of(Accounts.admin().api().post("api/v1/ideas/boxes/" + box + "/ideas", "{\"title\":\"Matrix\"}"));
        }

        private static IdeasFixture of(Reply created) {
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonObject json = created.json();
            return new IdeasFixture(json.getJsonNumber("id").longValue(), json.getJsonNumber("version").longValue());
        }
    }

    /** A fresh FAQ entry the administrator published (and owns). */
    private record FaqFixture(long id, long version) {

        static FaqFixture entry(String language) {
            JsonObject entry = Accounts.admin().api().post("api/v1/faq/entries", "{\"question\":\"Matrix?\","
                    + "\"answer\":\"A\",\"language\":\"" + language + "\",\"state\":\"PUBLISHED\"}").json();
            return new FaqFixture(entry.getJsonNumber("id").longValue(), entry.getJsonNumber("version").longValue());
        }

        /** A fresh top section. */
        static FaqFixture section() {
            JsonObject section = Accounts.admin().api().post("api/v1/faq/sections", "{\"titles\":{\"en\":\"Matrix\"}}")
                    .json();
            return new FaqFixture(section.getJsonNumber("id").longValue(), section.getJsonNumber("version").longValue());
        }
    }

    /** A fresh blog of the administrator's, with a published post and a comment on it. */
    private record BlogFixture(String name, long version, long post, long postVersion, long comment,
            long commentVersion) {

        static String freshName() {
            return "m-" + java.util.UUID.randomUUID().toString().substring(0, 12);
        }

        static BlogFixture make() {
            Api admin = Accounts.admin().api();
            String name = freshName();
            JsonObject blog = admin.post("api/v1/blog/blogs", "{\"name\":\"" + name + "\",\"title\":\"Matrix\","
                    + "\"official\":true}").json();
            JsonObject post = admin.post("api/v1/blog/blogs/" + name + "/posts", "{\"title\":\"Matrix\",\"body\":\"b\","
                    + "\"state\":\"PUBLISHED\"}").json();
            long id = post.getJsonNumber("id").longValue();
            JsonObject comment = admin.post("api/v1/blog/posts/" + id + "/comments", "{\"body\":\"c\"}").json();
            return new BlogFixture(name, blog.getJsonNumber("version").longValue(), id,
                    post.getJsonNumber("version").longValue(), comment.getJsonNumber("id").longValue(),
                    comment.getJsonNumber("version").longValue());
        }
    }

    /** A plugin's documented operations, but those under paths matching {@code excluded} (tested elsewhere). */
    private static Set<String> pluginDocumented(String plugin, String excluded) {
        JsonObject paths = Api.anonymous().get("openapi?format=json").json().getJsonObject("paths");
        Set<String> operations = new TreeSet<>();
        String prefix = "/api/v1/" + plugin + "/";
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .filter(m -> path.startsWith(prefix) && !path.substring(prefix.length()).matches(excluded))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path.replaceAll("\\{([a-z]+)[^}]*}", "{$1}"))));
        return operations;
    }

    /** The console's pages: anonymous visitors are sent to sign in, members refused, moderators and above served. */
    @Test
    void everyConsolePageAnswersEachRoleAsDesigned() {
        Map<String, SiteSession> sessions = new LinkedHashMap<>();
        sessions.put("anonymous", SiteSession.anonymous());
        for (Account account : List.of(Accounts.member(), Accounts.withRole("MODERATOR"), Accounts.withRole("COMMUNITY_MANAGER"))) {
            sessions.put(account.email(), SiteSession.signedIn(account.email(), account.password()));
        }
        sessions.put("administrator", SiteSession.signedIn(Accounts.ADMIN_EMAIL, Accounts.ADMIN_PASSWORD));
        List<Integer> expected = List.of(302, 403, 200, 200, 200);
        SoftAssertions softly = new SoftAssertions();
        for (String page : List.of("console/index.xhtml", "console/index.xhtml?author=abc&cause=FLAGS&older=P1D",
                "console/dashboard.xhtml", "console/dashboard.xhtml?from=2024-01-01&to=2023-01-01", "console/members.xhtml",
                "console/members.xhtml?q=a&state=ACTIVE&before=x", "console/member.xhtml?id=1", "console/member.xhtml?id=abc",
                "console/watched-words.xhtml", "console/settings.xhtml", "console/content-gaps.xhtml",
                "console/content-gaps.xhtml?days=x", "console/audit.xhtml",
                "console/audit.xhtml?export=csv&from=2999-01-01")) {
            int r = 0;
            for (Map.Entry<String, SiteSession> session : sessions.entrySet()) {
                softly.assertThat(session.getValue().status(page)).as(page + " as " + ROLES.get(r)).isEqualTo(expected.get(r));
                r++;
            }
        }
        // the blog's WordPress import page: administrators only (they hold blog.import)
        String imports = "p/blog/import.xhtml?blog=" + BlogFixture.make().name();
        List<Integer> importExpected = List.of(302, 403, 403, 403, 200);
        int r = 0;
        for (Map.Entry<String, SiteSession> session : sessions.entrySet()) {
            softly.assertThat(session.getValue().status(imports)).as(imports + " as " + ROLES.get(r)).isEqualTo(importExpected.get(r));
            r++;
        }
        softly.assertAll();
    }

    private static long newToken(Target t) {
        if (t.caller() == null) {
            return 1;
        }
        return t.api().post("api/v1/me/tokens", "{\"name\":\"to revoke\"}").json().getJsonNumber("id").longValue();
    }

    private static Set<String> documented() {
        JsonObject paths = Api.anonymous().get("openapi?format=json").json().getJsonObject("paths");
        Set<String> operations = new TreeSet<>();
        // plugins' operations carry their plugin's tag; their access is each plugin's own IT's
        paths.forEach((path, item) -> item.asJsonObject().entrySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(m.getKey()))
                .filter(m -> !m.getValue().asJsonObject().containsKey("tags"))
                .forEach(m -> operations.add(m.getKey().toUpperCase() + " " + path)));
        return operations;
    }
}
