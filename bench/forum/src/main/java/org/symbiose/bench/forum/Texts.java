package org.symbiose.bench.forum;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.symbiose.bench.search.Posts;

/**
 * Topics and replies to post: bench/search's synthetic French and English posts, each ending with a word
 * found nowhere else, so that no two bodies are alike (the forum refuses a repeated text within 10 minutes)
 * and a search for that word finds exactly one post.
 */
final class Texts {

    private final Posts posts = new Posts();
    // letters only, as a tokenizer might split letters from digits; the run's own prefix keeps runs apart
    private final String prefix = "zq" + letters(System.currentTimeMillis() / 1000);
    private final AtomicLong count = new AtomicLong();

    /** A word in no other post: the run's prefix and a counter, in letters. */
    String uniqueWord() {
        return prefix + "x" + letters(count.getAndIncrement());
    }

    /** {@code {category, title, body, tags}} for {@code POST /api/v1/forum/topics}. */
    JsonObject topic(long category, Random random) {
        Posts.Post post = posts.next(random);
        return Json.createObjectBuilder().add("category", category).add("title", post.title())
                .add("body", post.body() + " " + uniqueWord()).add("tags", Json.createArrayBuilder(post.tags()))
                .build();
    }

    /** {@code {body}} for {@code POST /api/v1/forum/topics/{id}/replies}, ending with {@code word}. */
    JsonObject reply(String word, Random random) {
        return Json.createObjectBuilder().add("body", posts.next(random).body() + " " + word).build();
    }

    private static String letters(long number) {
        StringBuilder word = new StringBuilder();
        do {
            word.append((char) ('a' + number % 26));
            number /= 26;
        } while (number > 0);
        return word.toString();
    }
}
