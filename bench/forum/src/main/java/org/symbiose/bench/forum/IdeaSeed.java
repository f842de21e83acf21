package org.symbiose.bench.forum;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.symbiose.bench.search.Posts;

/**
 * {@code IdeaSeed <baseUrl> <adminEmail> <adminPassword> <dir> <name> <ideas> [members=16] [votesPerIdea=0]}: the
 * data of bench/ideas.sh over REST.
 * <ul>
 * <li>{@code <dir>/members.txt}: {@code member <email> <password> <token>}, members registered once and reused
 * (their tokens also in {@code <dir>/tokens.txt}, one a line, for wrk)
 * <li>a box open to members with no vote budget, as the administrator, and {@code <ideas>} ideas in it, 4 at a
 * time; {@code <dir>/<name>.ids} lists {@code box <id>} then {@code idea <id>} lines. Skipped when that file
 * lists them all already.
 * <li>with {@code votesPerIdea} &gt; 0: votes of the members, a skewed number per idea (most few, some many,
 * {@code votesPerIdea} on average, at most one per member), cast in a shuffled order by all members at once so
 * that each idea's votes spread over the whole seeding
 * </ul>
 */
public final class IdeaSeed {

    private static final int WRITERS = 4;

    private IdeaSeed() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: IdeaSeed <baseUrl> <adminEmail> <adminPassword> <dir> <name> <ideas> [members=16] [votesPerIdea=0]");
            System.exit(2);
        }
        String baseUrl = args[0];
        Path dir = Path.of(args[3]);
        String name = args[4];
        int count = Integer.parseInt(args[5]);
        int memberCount = args.length > 6 ? Integer.parseInt(args[6]) : 16;
        double votesPerIdea = args.length > 7 ? Double.parseDouble(args[7]) : 0;
        Path ids = dir.resolve(name + ".ids");
        Files.createDirectories(dir);
        List<String> tokens = members(baseUrl, dir, memberCount);
        if (Files.exists(ids) && IdeaIds.read(ids).ideas().size() >= count) {
            System.err.println(ids + " lists " + count + " ideas already");
            return;
        }
        Api admin = Api.as(baseUrl, args[1], args[2]);
        long box = admin.post("/api/v1/ideas/boxes", Json.createObjectBuilder().add("title", "Bench " + name)
                .add("description", "Ideas of bench/ideas.sh (" + name + ")").add("language", "en").build())
                .expect(201, "opening the box " + name).getJsonNumber("id").longValue();
        long started = System.nanoTime();
        List<Long> ideas = ideas(admin, box, count);
        System.err.printf("%d ideas in box %d in %.0f s%n", ideas.size(), box, (System.nanoTime() - started) / 1e9);
        if (votesPerIdea > 0) {
            started = System.nanoTime();
            long cast = votes(baseUrl, tokens, ideas, votesPerIdea);
            System.err.printf("%d votes in %.0f s%n", cast, (System.nanoTime() - started) / 1e9);
        }
        new IdeaIds(box, ideas).write(ids);
    }

    /** The tokens of {@code count} members, registering them the first time. */
    private static List<String> members(String baseUrl, Path dir, int count) throws IOException, InterruptedException {
        Path file = dir.resolve("members.txt");
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file)) : new ArrayList<>();
        BenchMembers registry = new BenchMembers(baseUrl);
        for (int i = lines.size(); i < count; i++) {
            ForumIds.Member member = registry.member("idea" + i);
            registry.register(member, "idea voter " + i);
            lines.add("member " + member.email() + " " + member.password() + " "
                    + Api.token(baseUrl, member.email(), member.password()));
        }
        Files.write(file, lines);
        List<String> tokens = lines.stream().limit(count).map(line -> line.split(" ")[3]).toList();
        Files.write(dir.resolve("tokens.txt"), tokens);
        return tokens;
    }

    private static List<Long> ideas(Api admin, long box, int count) throws Exception {
        Posts posts = new Posts();
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        AtomicLong next = new AtomicLong();
        try (var writers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                done.add(writers.submit(() -> {
                    for (long n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        Posts.Post post = posts.next(new Random(n));
                        JsonObject idea = Json.createObjectBuilder().add("title", "Idea " + n + " " + post.title())
                                .add("body", post.body()).add("tags", Json.createArrayBuilder(post.tags())).build();
                        ids.add(admin.post("/api/v1/ideas/boxes/" + box + "/ideas", idea)
                                .expect(201, "idea " + n).getJsonNumber("id").longValue());
                    }
                    return null;
                }));
            }
            for (var writer : done) {
                writer.get();
            }
        }
        return ids.stream().sorted().toList();
    }

    /** Each member's votes, in a shuffled order, all members at once; returns how many were cast. */
    private static long votes(String baseUrl, List<String> tokens, List<Long> ideas, double mean) throws Exception {
        Random random = new Random(16);
        List<List<Long>> queues = IntStream.range(0, tokens.size()).mapToObj(i -> (List<Long>) new ArrayList<Long>()).toList();
        List<Integer> order = new ArrayList<>(IntStream.range(0, tokens.size()).boxed().toList());
        for (long idea : ideas) {
            // u³ has the mean 1/4: most ideas get few votes, a few many
            int count = (int) Math.min(tokens.size(), Math.floor(4 * mean * Math.pow(random.nextDouble(), 3)));
            Collections.shuffle(order, random);
            for (int i = 0; i < count; i++) {
                queues.get(order.get(i)).add(idea);
            }
        }
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        try (var voters = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int m = 0; m < tokens.size(); m++) {
                List<Long> queue = queues.get(m);
                Collections.shuffle(queue, random);
                Api member = Api.bearer(baseUrl, tokens.get(m));
                done.add(voters.submit(() -> {
                    for (long idea : queue) {
                        Api.Answer answer = member.post("/api/v1/ideas/" + idea + "/vote", Json.createObjectBuilder().build());
                        if (answer.status() != 200) {
                            refused.add(idea + ": " + answer.status() + " " + answer.body());
                        }
                    }
                    return null;
                }));
            }
            for (var voter : done) {
                voter.get();
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException(refused.size() + " votes refused, first " + refused.peek());
        }
        return queues.stream().mapToLong(List::size).sum();
    }
}
