package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;

/** Blogs and posts made over REST for the tests of the blog plugin's feeds and pages. */
final class Blogging {

    static final String BLOG = "api/v1/blog/";

    private Blogging() {
    }

    /** A new blog's short name, unique. */
    static String name() {
        return "b-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /**
     * An official blog opened by {@code manager} (a community manager, its owner) with {@code author}
     * as author; {@code fields} are more JSON fields, without braces ("" for none).
     */
    static void blog(Accounts.Account manager, String name, String title, String fields, Accounts.Account author) {
        Reply created = manager.api().post(BLOG + "blogs", "{\"name\":\"" + name + "\",\"title\":\"" + title
                + "\",\"official\":true" + (fields.isBlank() ? "" : "," + fields) + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Reply team = manager.api().put(BLOG + "blogs/" + name + "/team", "[{\"member\":" + manager.id()
                + ",\"role\":\"OWNER\"},{\"member\":" + author.id() + ",\"role\":\"AUTHOR\"}]");
        assertThat(team.status()).as(team.toString()).isEqualTo(200);
    }

    /** A fresh official blog, opened by a new community manager with {@code author} as author; its name. */
    static String blogWith(Accounts.Account author, String title, String fields) {
        String name = name();
        blog(Accounts.withRole("COMMUNITY_MANAGER"), name, title, fields, author);
        return name;
    }

    /** A post written by {@code writer} on {@code blog}; {@code json} its body. */
    static JsonObject post(Accounts.Account writer, String blog, String json) {
        Reply created = writer.api().post(BLOG + "blogs/" + blog + "/posts", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** A comment by {@code writer} on a post, or an answer to one of its comments ({@code answers} null for none). */
    static long comment(Accounts.Account writer, long post, String body, Long answers) {
        Reply created = writer.api().post(BLOG + "posts/" + post + "/comments",
                "{\"body\":\"" + body + "\"" + (answers == null ? "" : ",\"answers\":" + answers) + "}");
        assertThat(created.status()).as(created.toString()).isIn(201, 202);
        return created.json().getJsonNumber("id").longValue();
    }
}
