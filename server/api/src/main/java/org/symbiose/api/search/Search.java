package org.symbiose.api.search;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The search service, in the service registry for plugins. Every method answers for a viewer,
 * the member on whose behalf the plugin searches ({@code null} for an anonymous visitor), and
 * returns only what that viewer may read.
 */
@ProviderType
public interface Search {

    /**
     * Finds items matching {@code query}.
     *
     * @param query    what the viewer typed (see the package description for the syntax)
     * @param order    by relevance or newest first
     * @param offset   how many hits to skip, 0 to 10,000
     * @param limit    how many hits to return, 1 to 100
     * @param viewerId the member searching, or {@code null} for a visitor
     * @return one page of hits, the total number of hits and the facets over all of them
     * @throws QueryRejectedException if the query cannot be meant (empty, too long, bad paging)
     */
    SearchResult search(String query, SearchOrder order, int offset, int limit, Long viewerId);

    /**
     * Completions for what the viewer is typing: titles with a word starting with the last word
     * of {@code prefix} (the earlier words complete), and tags starting with it.
     */
    List<Suggestion> suggest(String prefix, int limit, Long viewerId);

    /** Items like item {@code id} (never itself); empty for an unknown or unreadable item. */
    List<SearchHit> related(long id, int limit, Long viewerId);
}
