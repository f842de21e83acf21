package org.symbiose.bench.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words of one language by grammatical category, each drawn with a Zipf-like frequency (see {@code fr.txt}
 * and {@code en.txt}).
 */
final class Vocabulary {

    final Language language;
    private final Map<String, List<String>> categories;
    private final Map<String, Zipf<String>> draws = new HashMap<>();

    private Vocabulary(Language language, Map<String, List<String>> categories) {
        this.language = language;
        this.categories = categories;
        categories.forEach((category, words) -> draws.put(category, new Zipf<>(words)));
    }

    static Vocabulary of(Language language) {
        String resource = language.code + ".txt";
        Map<String, List<String>> categories = new HashMap<>();
        try (var in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    categories.put(line.substring(0, colon).strip(),
                            List.copyOf(Arrays.asList(line.substring(colon + 1).strip().split("\\s+"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(language, categories);
    }

    String draw(String category, Random random) {
        return draws.get(category).next(random);
    }

    /** The words people search with: nouns, verbs and adjectives in all their forms, most frequent first. */
    List<String> contentWords() {
        List<String> words = new ArrayList<>();
        int longest = Math.max(categories.get("noun").size(),
                Math.max(categories.get("verb").size(), categories.get("adjective").size()));
        // interleaved by rank so that each category's frequent words stay near the top
        for (int rank = 0; rank < longest; rank++) {
            add(words, "noun", rank);
            add(words, "adjective", rank);
            if (rank < categories.get("verb").size()) {
                words.addAll(language.verbForms(categories.get("verb").get(rank)));
            }
            if (rank < categories.get("noun").size()) {
                words.add(language.plural(categories.get("noun").get(rank)));
            }
        }
        return words.stream().distinct().toList();
    }

    private void add(List<String> words, String category, int rank) {
        List<String> list = categories.get(category);
        if (rank < list.size()) {
            words.add(list.get(rank));
        }
    }
}
