package org.symbiose.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symbiose.api.member.Role;
import org.symbiose.api.search.Search;
import org.symbiose.api.search.SearchHit;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.api.search.SearchResult;
import org.symbiose.api.search.Suggestion;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.core.search.index.SearchRequest;
import org.symbiose.core.search.index.Visibility;

/**
 * The search service: the index, seen through each viewer's rights. Moderators and above see
 * every status and place, so they can search what they moderate; everyone else sees published
 * items, their own pending ones, and nothing in the places plugins hide from them.
 */
@ApplicationScoped
public class CoreSearch implements Search {

    @Inject
    private SearchIndexer indexer;

    @Inject
    private Members members;

    @Inject
    private PluginHost host;

    @Override
    public SearchResult search(String query, SearchOrder order, int offset, int limit, Long viewerId) {
        return search(query, order, offset, limit, viewerId, true, true);
    }

    /**
     * A search that may leave out the facets and the highlighted snippets, for clients that show
     * neither (a result list as you type, a widget): both cost more than the search itself.
     */
    public SearchResult search(String query, SearchOrder order, int offset, int limit, Long viewerId, boolean facets,
            boolean snippets) {
        try {
            return indexer.index().search(new SearchRequest(query, order, offset, limit, visibility(viewerId), facets, snippets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit, Long viewerId) {
        try {
            return indexer.index().suggest(prefix, limit, visibility(viewerId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<SearchHit> related(long id, int limit, Long viewerId) {
        try {
            return indexer.index().related(id, limit, visibility(viewerId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Visibility visibility(Long viewerId) {
        Member viewer = viewerId == null ? null : members.find(viewerId).orElse(null);
        if (viewer != null && viewer.getRole().includes(Role.MODERATOR)) {
            return Visibility.everything();
        }
        Long memberId = viewer == null ? null : viewer.getId();
        Set<String> hidden = new HashSet<>();
        host.contributions().searchContributions().forEach((type, contribution) -> {
            try {
                hidden.addAll(contribution.contribution().hiddenPlaces(memberId));
            } catch (RuntimeException e) {
                // cannot tell what it hides: hide every place in its name space
                host.failed(contribution.plugin(), "its search contribution failed to say what it hides: " + e);
                hidden.add(contribution.plugin() + ".*");
            }
        });
        return new Visibility(Set.of("PUBLISHED"), hidden, memberId);
    }
}
