package org.symbiose.plugins.ideas.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.search.QueryRejectedException;
import org.symbiose.api.search.Search;
import org.symbiose.api.search.SearchHit;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Ideas;

/**
 * Ideas of a box like the title being typed, through the core's search: its longest words (of
 * letters and digits only, so nothing typed reads as the query language), fewer while that finds
 * nothing.
 */
@Component(service = SimilarIdeas.class)
public class SimilarIdeas {

    /** At most this many suggestions. */
    public static final int MAX = 5;
    static final int WORDS = 4;
    static final int SHORTEST_WORD = 3;
    /** Hits asked of the search, since those of other boxes are left out. */
    static final int HITS = 30;

    @Reference
    private Search search;

    @Reference
    private Ideas ideas;

    @Reference
    private Boxes boxes;

    /** Up to {@value #MAX} ideas of the box the viewer reads whose text matches {@code title}. */
    public List<SimilarIdea> similar(long boxId, String title, Long viewerId) {
        boxes.require(boxId, viewerId);
        List<String> words = words(title == null ? "" : title);
        if (words.isEmpty()) {
            return List.of();
        }
        // every word, then the two longest, then the longest alone: a few words in common are enough
        List<SimilarIdea> found = List.of();
        for (int count : new int[] {words.size(), 2, 1}) {
            if (found.isEmpty() && count <= words.size()) {
                found = find(boxId, words.subList(0, count), viewerId);
            }
        }
        return found;
    }

    private List<SimilarIdea> find(long boxId, List<String> words, Long viewerId) {
        List<SearchHit> hits;
        try {
            hits = search.search("type:ideas.idea " + String.join(" ", words), SearchOrder.RELEVANCE, 0, HITS, viewerId)
                    .hits();
        } catch (QueryRejectedException e) {
            return List.of();
        }
        return hits.stream().map(hit -> ideas.find(hit.id(), viewerId)).flatMap(Optional::stream)
                .filter(idea -> idea.boxId() == boxId && idea.mergedInto() == null).limit(MAX)
                .map(idea -> new SimilarIdea(idea.id(), idea.title(), idea.votes(), idea.status())).toList();
    }

    static List<String> words(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= SHORTEST_WORD).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(WORDS).toList();
    }
}
