package org.symbiose.plugins.forum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.search.QueryRejectedException;
import org.symbiose.api.search.Search;
import org.symbiose.api.search.SearchHit;
import org.symbiose.api.search.SearchOrder;

/**
 * What the new-topic page suggests while a member types the title (deflection): FAQ entries first,
 * then similar topics, found by the core's search as the member may read them. The search wants
 * every word, so the title is cut to its longest words, and to its two longest if those find nothing.
 */
@Component(service = TitleSuggestions.class)
public class TitleSuggestions {

    /** The longest title a topic may have; longer is bad input. */
    public static final int MAX_TITLE = 300;
    private static final int PER_KIND = 3;
    private static final int WORDS = 4;
    private static final int SHORTEST_WORD = 3;

    /**
     * A suggestion.
     *
     * @param kind  {@code faq} for an FAQ entry, {@code topic} for a forum topic
     * @param id    the item's id
     * @param title its title
     * @param link  where it is shown, site-relative
     */
    public record Suggested(String kind, long id, String title, String link) {
    }

    @Reference
    private Search search;

    public List<Suggested> of(String title, Long viewerId) {
        List<String> words = words(title);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Suggested> found = new ArrayList<>(find("faq", "faq.entry", words, viewerId));
        found.addAll(find("topic", PostLookup.TOPIC, words, viewerId));
        return found;
    }

    private List<Suggested> find(String kind, String type, List<String> words, Long viewerId) {
        List<SearchHit> hits = hits(type, words, viewerId);
        if (hits.isEmpty() && words.size() > 2) {
            hits = hits(type, words.subList(0, 2), viewerId);
        }
        return hits.stream().filter(hit -> hit.link() != null).map(hit -> new Suggested(kind, hit.id(), hit.title(), hit.link())).toList();
    }

    private List<SearchHit> hits(String type, List<String> words, Long viewerId) {
        try {
            return search.search("type:" + type + " " + String.join(" ", words), SearchOrder.RELEVANCE, 0, PER_KIND, viewerId).hits();
        } catch (QueryRejectedException e) {
            return List.of();
        }
    }

    /**
     * The title's longest words, longest first, of letters and digits only: nothing of what is typed
     * is read as the query language's phrases, exclusions or filters.
     */
    static List<String> words(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= SHORTEST_WORD).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(WORDS).toList();
    }
}
