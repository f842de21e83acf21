package org.symbiose.bench.search;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Two-word queries as people type them: the words of the posts, drawn with the frequency they have there (so
 * mostly common words, sometimes rare ones), French or English in the proportion of the posts.
 */
public final class Queries {

    private final Zipf<String> french;
    private final Zipf<String> english;

    public Queries(Posts posts) {
        this.french = new Zipf<>(posts.french.contentWords());
        this.english = new Zipf<>(posts.english.contentWords());
    }

    /** {@code count} queries drawn from a fixed seed, the same in every run. */
    public List<String> draw(int count, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> {
            Zipf<String> words = random.nextDouble() < Posts.ENGLISH_SHARE ? english : french;
            String first = words.next(random);
            String second = words.next(random);
            while (second.equals(first)) {
                second = words.next(random);
            }
            return first + " " + second;
        }).toList();
    }
}
