package org.symbiose.bench.forum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.symbiose.bench.search.Latencies;

/**
 * {@code ForumLoad <baseUrl> <idsFile> [clients=16] [seconds=30] floor|topic|category|page|reply}: a closed-loop
 * load on the forum of a server filled by LoadForum, each client sending its next request as soon as the answer is
 * read. Reports requests per second, p50, p99 and errors (any other status than expected) after a warm-up of a
 * third of the time.
 * <ul>
 * <li>{@code floor}: {@code GET /api/v1/health}, the server's cheapest answer, so that the others read as ratios
 * <li>{@code topic}: {@code GET /api/v1/forum/topics/{id}}, a random topic with its first replies
 * <li>{@code category}: {@code GET /api/v1/forum/categories/{id}/topics}
 * <li>{@code page}: the topic's HTML page, {@code /p/forum/topic.xhtml?id=}, as an anonymous visitor
 * <li>{@code reply}: each client a member replying to random topics; one reply in {@value #SAMPLED} is then
 * searched for by its unique word until found, reporting how long it took to become searchable
 * </ul>
 * Reads are anonymous: LoadForum's categories are open to anyone.
 */
public final class ForumLoad {

    private static final int SAMPLED = 50;
    private static final List<String> SCENARIOS = List.of("floor", "topic", "category", "page", "reply");

    private ForumLoad() {
    }

    /** One client's next request: whether it was answered as expected. */
    private interface Request {
        boolean send(Random random) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        List<String> scenario = Arrays.stream(args).filter(SCENARIOS::contains).toList();
        List<String> values = Arrays.stream(args).filter(arg -> !SCENARIOS.contains(arg)).toList();
        if (values.size() < 2 || scenario.size() != 1) {
            System.err.println("usage: ForumLoad <baseUrl> <idsFile> [clients=16] [seconds=30] " + String.join("|", SCENARIOS));
            System.exit(2);
        }
        String baseUrl = values.get(0);
        ForumIds ids = ForumIds.read(Path.of(values.get(1)));
        int clients = values.size() > 2 ? Integer.parseInt(values.get(2)) : 16;
        int seconds = values.size() > 3 ? Integer.parseInt(values.get(3)) : 30;
        String name = scenario.getFirst();

        Api anonymous = Api.anonymous(baseUrl);
        Texts texts = new Texts();
        AtomicReference<Visibility> visibility = new AtomicReference<>(new Visibility());
        // a client's requests; reply clients are members, the first clients members in LoadForum's order
        List<Request> requests = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            ForumIds.Member member = ids.members().get(c % ids.members().size());
            Api author = Api.as(baseUrl, member.email(), member.password());
            requests.add(switch (name) {
                case "floor" -> random -> anonymous.get("/api/v1/health").status() == 200;
                case "topic" -> random -> anonymous.get("/api/v1/forum/topics/" + any(ids.topics(), random)).status() == 200;
                case "category" -> random -> anonymous.get("/api/v1/forum/categories/" + any(ids.categories(), random)
                        + "/topics").status() == 200;
                case "page" -> random -> anonymous.get("/p/forum/topic.xhtml?id=" + any(ids.topics(), random)).status() == 200;
                case "reply" -> random -> {
                    String word = texts.uniqueWord();
                    boolean created = author.post("/api/v1/forum/topics/" + any(ids.topics(), random) + "/replies",
                            texts.reply(word, random)).status() == 201;
                    if (created && random.nextInt(SAMPLED) == 0) {
                        visibility.get().check(anonymous, word);
                    }
                    return created;
                };
                default -> throw new IllegalArgumentException(name);
            });
        }

        load(requests, Math.max(1, seconds / 3));
        // the warm-up's searches end before the measured run starts, leaving it theirs
        visibility.getAndSet(new Visibility()).close();
        Latencies measured = load(requests, seconds);
        System.out.printf(Locale.ROOT, "%s, %d clients, %d s: %s%n", name, clients, seconds, measured.summary(seconds));
        if (name.equals("reply")) {
            Visibility measuredVisibility = visibility.get();
            measuredVisibility.close();
            measuredVisibility.report();
        }
    }

    private static long any(List<Long> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static Latencies load(List<Request> requests, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService threads = Executors.newFixedThreadPool(requests.size())) {
            List<Future<Latencies>> running = new ArrayList<>();
            for (Request request : requests) {
                running.add(threads.submit(() -> {
                    Latencies latencies = new Latencies();
                    Random random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        boolean expected;
                        try {
                            expected = request.send(random);
                        } catch (Exception e) {
                            expected = false;
                        }
                        if (expected) {
                            latencies.add(System.nanoTime() - start);
                        } else {
                            latencies.error();
                        }
                    }
                    return latencies;
                }));
            }
            List<Latencies> all = new ArrayList<>();
            for (Future<Latencies> one : running) {
                all.add(one.get());
            }
            return Latencies.merged(all);
        }
    }
}
