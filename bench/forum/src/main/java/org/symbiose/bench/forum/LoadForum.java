package org.symbiose.bench.forum;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code LoadForum <baseUrl> <adminEmail> <adminPassword> [topics=10000] [repliesPerTopic=9] [writers=8]}: fills a
 * running server's forum over REST, as members would. Raises the forum's rate limits, registers {@value #MEMBERS}
 * members and a community manager, who creates {@value #CATEGORIES} categories, then {@code writers} concurrent
 * clients post the topics, then the replies, each post by the next member in turn. Prints posts per second and
 * writes what it created to {@code forum-ids.txt} in the current directory, for ForumLoad.
 */
public final class LoadForum {

    static final int MEMBERS = 50;
    static final int CATEGORIES = 10;
    private static final int ERRORS_SHOWN = 10;

    private LoadForum() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadForum <baseUrl> <adminEmail> <adminPassword> [topics=10000] [repliesPerTopic=9] [writers=8]");
            System.exit(2);
        }
        String baseUrl = args[0];
        int topicCount = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int repliesPerTopic = args.length > 4 ? Integer.parseInt(args[4]) : 9;
        int writers = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        Api admin = Api.as(baseUrl, args[1], args[2]);
        BenchMembers.raiseLimits(admin);
        BenchMembers accounts = new BenchMembers(baseUrl);
        ForumIds.Member manager = accounts.member("manager");
        long managerId = accounts.register(manager, "manager");
        admin.put("/api/v1/admin/members/" + managerId + "/role",
                Json.createObjectBuilder().add("role", "COMMUNITY_MANAGER").build()).expect(200, "promoting the manager");
        List<ForumIds.Member> members = accounts.register(MEMBERS);

        Api managerApi = Api.as(baseUrl, manager.email(), manager.password());
        List<Long> categories = new ArrayList<>();
        for (int i = 0; i < CATEGORIES; i++) {
            JsonObject category = Json.createObjectBuilder().add("name", "Bench " + managerId + " " + i)
                    .add("description", "Catégorie du banc d'essai du forum, numéro " + i).build();
            categories.add(managerApi.post("/api/v1/forum/categories", category)
                    .expect(201, "creating a category").getJsonNumber("id").longValue());
        }

        Texts texts = new Texts();
        List<Api> authors = new ArrayList<>();
        for (ForumIds.Member member : members) {
            authors.add(Api.as(baseUrl, member.email(), member.password()));
        }
        long start = System.nanoTime();
        List<Long> topics = write(writers, topicCount, "topics", i -> {
            Random random = new Random(i);
            return authors.get(i % authors.size()).post("/api/v1/forum/topics",
                    texts.topic(categories.get(i % categories.size()), random));
        });
        double topicSeconds = (System.nanoTime() - start) / 1e9;
        report("topics", topics.size(), topicSeconds);

        long repliesStart = System.nanoTime();
        // topic after topic, so that each topic's replies come from different members, spread over the run
        List<Long> replies = write(writers, topics.size() * repliesPerTopic, "replies", i -> {
            Random random = new Random(-1 - i);
            return authors.get((i + i / topics.size()) % authors.size()).post(
                    "/api/v1/forum/topics/" + topics.get(i % topics.size()) + "/replies",
                    texts.reply(texts.uniqueWord(), random));
        });
        report("replies", replies.size(), (System.nanoTime() - repliesStart) / 1e9);
        report("posts", topics.size() + replies.size(), (System.nanoTime() - start) / 1e9);

        Path file = Path.of("forum-ids.txt").toAbsolutePath();
        new ForumIds(categories, topics, members).write(file);
        System.out.println("wrote " + file);
    }

    /** A post that throws on a network failure; its answer is checked by {@link #write}. */
    private interface Post {
        Api.Answer send(int index) throws Exception;
    }

    /**
     * Posts {@code count} posts with {@code writers} concurrent clients, each taking the next index; returns the ids
     * of those created. Failures are counted and the first few shown, so that a long load is not lost to one refusal.
     */
    private static List<Long> write(int writers, int count, String what, Post post) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<Long> created = Collections.synchronizedList(new ArrayList<>(count));
        try (ExecutorService threads = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                running.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        try {
                            Api.Answer answer = post.send(i);
                            if (answer.status() == 201) {
                                created.add(answer.json().getJsonNumber("id").longValue());
                            } else if (errors.incrementAndGet() <= ERRORS_SHOWN) {
                                System.err.println(what + " #" + i + ": " + answer.status() + " " + answer.body());
                            }
                        } catch (Exception e) {
                            if (errors.incrementAndGet() <= ERRORS_SHOWN) {
                                System.err.println(what + " #" + i + ": " + e);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> one : running) {
                one.get();
            }
        }
        if (errors.get() > 0) {
            System.err.printf(Locale.ROOT, "%s: %,d errors%n", what, errors.get());
        }
        return List.copyOf(created);
    }

    private static void report(String what, int count, double seconds) {
        System.out.printf(Locale.ROOT, "%,d %s in %.1f s: %.0f posts/s%n", count, what, seconds, count / seconds);
    }
}
