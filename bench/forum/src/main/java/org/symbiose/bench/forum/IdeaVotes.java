package org.symbiose.bench.forum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.symbiose.bench.search.Latencies;

/**
 * {@code IdeaVotes <baseUrl> <dir> <name> [seconds=30] [warmup=5]}: each member of {@code <dir>/tokens.txt} one
 * client (closed loop, a virtual thread each) voting for and withdrawing from ideas of {@code <dir>/<name>.ids}
 * drawn at random, then the check that the counts are exact.
 * <p>
 * Why Java and not wrk: wrk's {@code response()} is not told which request it answers, so a Lua tally of which
 * idea a 200 was for needs one connection per thread and a request/response pairing of our own; here each client
 * knows what it sent. Each client keeps whether its member votes for each idea, so it votes where it does not and
 * withdraws where it does (both expected 200), and tallies its 200s per idea (+1 vote, -1 withdrawal). A 409 means
 * nothing was written: the client's view was wrong, it takes the server's and tallies nothing. A request that got
 * no answer (I/O error, time-out) may or may not have been applied: the client asks the idea's {@code voted} and
 * tallies the change it finds.
 * <p>
 * The counts of every idea ({@code GET /api/v1/ideas/{id}}, {@code votes}) are read before and after; after must
 * equal before plus the tally, for every idea, or the run fails. Then each client withdraws the votes it left
 * (tallied the same way) and the counts are checked again, which leaves the box as it was for the next run.
 * Prints {@code RESULT <votes/s> <p50 ms> <p99 ms> <requests> <socket errors> <unexpected> <statuses> <mismatches>}
 * over the measure after the warm-up: votes/s counts the 200s of both kinds.
 */
public final class IdeaVotes {

    private static final int READERS = 8;

    private IdeaVotes() {
    }

    /** One member's client: what it believes its member votes for, and its measure. */
    private static final class Voter {
        final Api api;
        final boolean[] votes;
        final Latencies measured = new Latencies();
        final Map<Integer, Integer> unexpected = new TreeMap<>();
        int lost;

        Voter(Api api, int ideas) {
            this.api = api;
            this.votes = new boolean[ideas];
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: IdeaVotes <baseUrl> <dir> <name> [seconds=30] [warmup=5]");
            System.exit(2);
        }
        String baseUrl = args[0];
        Path dir = Path.of(args[1]);
        List<Long> ideas = IdeaIds.read(dir.resolve(args[2] + ".ids")).ideas();
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        List<Voter> voters = Files.readAllLines(dir.resolve("tokens.txt")).stream().filter(line -> !line.isBlank())
                .map(token -> new Voter(Api.bearer(baseUrl, token), ideas.size())).toList();
        Api reader = voters.getFirst().api;

        int[] before = counts(reader, ideas);
        AtomicIntegerArray tally = new AtomicIntegerArray(ideas.size());
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        run(voters, (voter, random) -> {
            long now = System.nanoTime();
            if (now >= end) {
                return false;
            }
            boolean measured = now >= measureFrom;
            int idea = random.nextInt(ideas.size());
            flip(voter, ideas, idea, tally, measured);
            return true;
        });
        int mismatches = check("after the votes", reader, ideas, before, tally);

        // each member withdraws what it left, tallied the same way: the box is back as it was
        run(voters, new Withdrawal(ideas, tally));
        int left = check("after withdrawing them", reader, ideas, before, tally);

        Latencies all = Latencies.merged(voters.stream().map(voter -> voter.measured).toList());
        Map<Integer, Integer> statuses = new TreeMap<>();
        voters.forEach(voter -> voter.unexpected.forEach((status, count) -> statuses.merge(status, count, Integer::sum)));
        int unexpected = statuses.values().stream().mapToInt(Integer::intValue).sum();
        int lost = voters.stream().mapToInt(voter -> voter.lost).sum();
        String listed = statuses.isEmpty() ? "-" : String.join(",", statuses.entrySet().stream()
                .map(entry -> entry.getKey() + "x" + entry.getValue()).toList());
        System.out.printf(Locale.ROOT, "%d clients, %d ideas: %s%n", voters.size(), ideas.size(), all.summary(seconds));
        System.out.printf(Locale.ROOT, "RESULT %.1f %.2f %.2f %d %d %d %s %d%n", all.count() / (double) seconds,
                all.millis(0.50), all.millis(0.99), all.count(), lost, unexpected, listed, mismatches + left);
        if (mismatches + left > 0) {
            System.exit(1);
        }
    }

    /** One step of a client; false when it is done. */
    private interface Step {
        boolean next(Voter voter, Random random) throws Exception;
    }

    /** Withdraws, one after another, the votes the client believes its member still has. */
    private record Withdrawal(List<Long> ideas, AtomicIntegerArray tally) implements Step {
        @Override
        public boolean next(Voter voter, Random random) throws Exception {
            for (int idea = 0; idea < voter.votes.length; idea++) {
                if (voter.votes[idea]) {
                    flip(voter, ideas, idea, tally, false);
                    return true;
                }
            }
            return false;
        }
    }

    private static void run(List<Voter> voters, Step step) throws Exception {
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            AtomicInteger seed = new AtomicInteger();
            for (Voter voter : voters) {
                Random random = new Random(System.nanoTime() + seed.incrementAndGet());
                done.add(clients.submit(() -> {
                    while (step.next(voter, random)) {
                        // the step does the work
                    }
                    return null;
                }));
            }
            for (Future<?> client : done) {
                client.get();
            }
        }
    }

    /** Votes for the idea if the client's member does not, else withdraws; tallies what the server did. */
    private static void flip(Voter voter, List<Long> ideas, int idea, AtomicIntegerArray tally, boolean measured)
            throws InterruptedException {
        boolean voted = voter.votes[idea];
        String path = "/api/v1/ideas/" + ideas.get(idea) + "/vote";
        long sent = System.nanoTime();
        try {
            Api.Answer answer = voted ? voter.api.delete(path) : voter.api.post(path, JsonValue.EMPTY_JSON_OBJECT);
            if (answer.status() == 200) {
                tally.addAndGet(idea, voted ? -1 : 1);
                voter.votes[idea] = !voted;
                if (measured) {
                    voter.measured.add(System.nanoTime() - sent);
                }
                return;
            }
            voter.unexpected.merge(answer.status(), 1, Integer::sum);
            if (answer.status() == 409) {
                // nothing written: the member's vote was not what the client believed
                voter.votes[idea] = !voted;
            }
        } catch (IOException e) {
            voter.lost++;
            resync(voter, ideas, idea, tally);
        }
    }

    /** After a request without an answer: the member's vote as the server has it, tallying the change if any. */
    private static void resync(Voter voter, List<Long> ideas, int idea, AtomicIntegerArray tally) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                boolean voted = voter.api.get("/api/v1/ideas/" + ideas.get(idea)).expect(200, "idea " + ideas.get(idea))
                        .getBoolean("voted");
                if (voted != voter.votes[idea]) {
                    tally.addAndGet(idea, voted ? 1 : -1);
                    voter.votes[idea] = voted;
                }
                return;
            } catch (IOException e) {
                if (attempt == 5) {
                    throw new IllegalStateException("idea " + ideas.get(idea) + " unreadable after a lost vote", e);
                }
                Thread.sleep(1000);
            }
        }
    }

    /** Every idea's vote count as the REST gives it, {@value #READERS} requests at a time. */
    private static int[] counts(Api reader, List<Long> ideas) throws Exception {
        int[] counts = new int[ideas.size()];
        AtomicInteger next = new AtomicInteger();
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                done.add(readers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < counts.length; i = next.getAndIncrement()) {
                        JsonObject idea = reader.get("/api/v1/ideas/" + ideas.get(i)).expect(200, "idea " + ideas.get(i));
                        counts[i] = idea.getInt("votes");
                    }
                    return null;
                }));
            }
            for (Future<?> r : done) {
                r.get();
            }
        }
        return counts;
    }

    /** How many ideas' counts differ from before plus the tally; prints the first few. */
    private static int check(String when, Api reader, List<Long> ideas, int[] before, AtomicIntegerArray tally)
            throws Exception {
        int[] after = counts(reader, ideas);
        Map<Long, String> wrong = new ConcurrentHashMap<>();
        long recorded = 0;
        for (int i = 0; i < after.length; i++) {
            recorded += Math.abs(tally.get(i));
            if (after[i] != before[i] + tally.get(i)) {
                wrong.put(ideas.get(i), "count " + after[i] + ", expected " + before[i] + " + " + tally.get(i));
            }
        }
        System.out.printf(Locale.ROOT, "check %s: %d of %d ideas exact (tallies summed over the ideas: %d)%n", when,
                after.length - wrong.size(), after.length, recorded);
        wrong.entrySet().stream().limit(10).forEach(entry -> System.out.println("  idea " + entry.getKey() + ": " + entry.getValue()));
        return wrong.size();
    }
}
