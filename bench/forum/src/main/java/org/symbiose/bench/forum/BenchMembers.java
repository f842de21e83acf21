package org.symbiose.bench.forum;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The members a benchmark posts as: registered over REST (the forum lets a new member post at once, at trust
 * level 0, so every check of a post runs), with the forum's per-minute posting limits raised out of their way.
 */
final class BenchMembers {

    // the settings' largest value (four digits): no member of the benchmark comes near it
    private static final String UNLIMITED = "9999";

    private final String baseUrl;
    // the run's start tells its accounts from those of earlier runs on the same database
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    BenchMembers(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Raises {@code forum.posts-per-minute} and {@code forum.newcomer-posts-per-minute} to their largest value. */
    static void raiseLimits(Api admin) throws IOException, InterruptedException {
        for (String setting : List.of("forum.posts-per-minute", "forum.newcomer-posts-per-minute")) {
            admin.put("/api/v1/admin/settings/" + setting, Json.createObjectBuilder().add("value", UNLIMITED).build())
                    .expect(200, "raising " + setting);
        }
    }

    /** Registers {@code count} members named {@code member0}, {@code member1}… of this run. */
    List<ForumIds.Member> register(int count) throws IOException, InterruptedException {
        List<ForumIds.Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(member("member" + i));
            register(members.getLast(), "member " + i);
        }
        return members;
    }

    /** A member of this run, not registered yet. */
    ForumIds.Member member(String name) {
        return new ForumIds.Member("bench-" + run + "-" + name + "@example.org", "bench-" + run + "-password");
    }

    /** Registers {@code member}, returning its id. */
    long register(ForumIds.Member member, String name) throws IOException, InterruptedException {
        JsonObject registration = Json.createObjectBuilder().add("email", member.email())
                .add("displayName", "Bench " + name)
                .add("password", member.password()).build();
        return Api.anonymous(baseUrl).post("/api/v1/members", registration)
                .expect(201, "registering " + member.email()).getJsonNumber("id").longValue();
    }
}
