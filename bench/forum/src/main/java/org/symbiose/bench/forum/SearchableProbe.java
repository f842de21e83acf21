package org.symbiose.bench.forum;

import java.nio.file.Path;
import java.util.Random;

/**
 * {@code SearchableProbe <baseUrl> <idsFile> <seconds> [samples=60] [member=8]}: beside bench/perf.sh's reply load,
 * one more member of forum-ids.txt (by default the ninth, the load using the first eight) replies to random topics,
 * one reply at a time, {@code samples} replies spread over {@code seconds}, and measures how long each takes to
 * become searchable after its 201. Light on purpose: the load itself is wrk's.
 */
public final class SearchableProbe {

    private SearchableProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SearchableProbe <baseUrl> <idsFile> <seconds> [samples=60] [member=8]");
            System.exit(2);
        }
        String baseUrl = args[0];
        ForumIds ids = ForumIds.read(Path.of(args[1]));
        long seconds = Long.parseLong(args[2]);
        int samples = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        ForumIds.Member member = ids.members().get(args.length > 4 ? Integer.parseInt(args[4]) : 8);

        Api anonymous = Api.anonymous(baseUrl);
        Api author = Api.as(baseUrl, member.email(), member.password());
        Texts texts = new Texts();
        Random random = new Random();
        long interval = seconds * 1_000_000_000L / samples;
        long start = System.nanoTime();
        int failed = 0;
        try (Visibility visibility = new Visibility()) {
            for (int sample = 0; sample < samples; sample++) {
                long due = start + sample * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String word = texts.uniqueWord();
                long topic = ids.topics().get(random.nextInt(ids.topics().size()));
                Api.Answer answer = author.post("/api/v1/forum/topics/" + topic + "/replies", texts.reply(word, random));
                if (answer.status() == 201) {
                    visibility.check(anonymous, word);
                } else if (failed++ == 0) {
                    System.err.println("probe reply answered " + answer.status() + ": " + answer.body());
                }
            }
            visibility.close();
            visibility.report();
        }
        if (failed > 0) {
            System.out.println("probe replies not answered 201: " + failed);
        }
    }
}
