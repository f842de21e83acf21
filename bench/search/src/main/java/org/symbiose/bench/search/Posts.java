package org.symbiose.bench.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic forum posts of about {@value #WORDS} words: mostly French, some English, and now and then a sentence
 * of the other language in the middle, as on a bilingual forum. Simple sentences (subject, verb, object, a
 * complement) keep grammar words in realistic proportions, which language detection and stop words rely on.
 */
public final class Posts {

    static final int WORDS = 80;
    static final String TYPE = "forum.topic";
    static final double ENGLISH_SHARE = 0.35;
    private static final double MIXED_SHARE = 0.1;
    private static final double PLURAL_SHARE = 0.3;
    private static final List<String> TAGS = List.of("jardin", "cuisine", "linux", "java", "velo", "voyage",
            "photo", "musique", "bricolage", "energie", "compost", "randonnee", "livres", "cinema", "securite",
            "reseau", "python", "web", "recette", "potager", "sante", "sport", "ecole", "famille", "associations",
            "evenements", "aide", "annonces", "debutants", "materiel", "logiciel", "entraide", "quartier",
            "climat", "transport", "budget", "emploi", "formation", "culture", "nature");

    /** One post to write. */
    public record Post(String title, String body, List<String> tags) {
    }

    final Vocabulary french = Vocabulary.of(Language.FRENCH);
    final Vocabulary english = Vocabulary.of(Language.ENGLISH);
    private final Zipf<String> tags = new Zipf<>(TAGS);

    public Post next(Random random) {
        Vocabulary main = random.nextDouble() < ENGLISH_SHARE ? english : french;
        Vocabulary other = main == french ? english : french;
        boolean mixed = random.nextDouble() < MIXED_SHARE;
        StringBuilder body = new StringBuilder();
        int words = 0;
        while (words < WORDS) {
            List<String> sentence = sentence(mixed && words > WORDS / 3 && words < WORDS / 2 ? other : main, random);
            body.append(capitalized(String.join(" ", sentence))).append(". ");
            words += sentence.size();
        }
        Set<String> chosen = new LinkedHashSet<>();
        int tagCount = 1 + random.nextInt(3);
        while (chosen.size() < tagCount) {
            chosen.add(tags.next(random));
        }
        return new Post(capitalized(String.join(" ", title(main, random))), body.toString().strip(),
                List.copyOf(chosen));
    }

    /** "Le jardin partagé cherche des bénévoles pour le printemps", "The old bike needs a new chain". */
    private static List<String> sentence(Vocabulary words, Random random) {
        List<String> sentence = new ArrayList<>();
        nounGroup(words, random, sentence);
        sentence.add(words.language.verbForms(words.draw("verb", random)).getFirst());
        nounGroup(words, random, sentence);
        if (random.nextBoolean()) {
            sentence.add(words.draw("link", random));
            nounGroup(words, random, sentence);
        }
        if (random.nextInt(3) == 0) {
            sentence.add(words.draw("join", random));
            nounGroup(words, random, sentence);
            List<String> forms = words.language.verbForms(words.draw("verb", random));
            sentence.add(forms.get(random.nextInt(Math.min(2, forms.size()))));
        }
        return sentence;
    }

    private static void nounGroup(Vocabulary words, Random random, List<String> sentence) {
        boolean plural = random.nextDouble() < PLURAL_SHARE;
        sentence.add(words.draw(plural ? "plural" : "singular", random));
        String noun = words.draw("noun", random);
        String adjective = random.nextInt(3) == 0 ? words.draw("adjective", random) : null;
        boolean french = words.language == Language.FRENCH;
        if (adjective != null && !french) {
            sentence.add(adjective);
        }
        sentence.add(plural ? words.language.plural(noun) : noun);
        if (adjective != null && french) {
            sentence.add(plural ? words.language.plural(adjective) : adjective);
        }
    }

    /** "Nouveau potager dans le quartier", "Question about the bike". */
    private static List<String> title(Vocabulary words, Random random) {
        List<String> title = new ArrayList<>();
        title.add(words.draw("adjective", random));
        title.add(words.draw("noun", random));
        title.add(words.draw("link", random));
        title.add(words.draw("singular", random));
        title.add(words.draw("noun", random));
        if (words.language == Language.FRENCH) {
            Collections.swap(title, 0, 1);
        }
        return title;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
