package org.symbiose.bench.forum;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.symbiose.bench.search.Posts;
import org.symbiose.bench.search.Queries;

/**
 * {@code WrkInputs <dir> [count=2000]}: what bench/perf.lua draws from, written once by bench/perf.sh, so that wrk
 * sends the same texts as the Java benchmarks: {@code queries.txt}, two-word queries ready for {@code ?q=}
 * (URL-encoded, the words' frequencies those of the posts), and {@code replies.txt}, reply bodies as the inside of
 * a JSON string (the script appends a word of its own to each, as the forum refuses a repeated text).
 */
public final class WrkInputs {

    private WrkInputs() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: WrkInputs <dir> [count=2000]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Posts posts = new Posts();
        List<String> queries = new Queries(posts).draw(count, 13).stream()
                .map(query -> URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20")).toList();
        Files.write(dir.resolve("queries.txt"), queries);
        Random random = new Random(17);
        List<String> replies = IntStream.range(0, count).mapToObj(i -> {
            String quoted = Json.createValue(posts.next(random).body()).toString();
            return quoted.substring(1, quoted.length() - 1);
        }).toList();
        Files.write(dir.resolve("replies.txt"), replies);
    }
}
