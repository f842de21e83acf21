package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.symbiose.api.search.FacetCount;
import org.symbiose.api.search.QueryRejectedException;
import org.symbiose.api.search.Search;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.api.search.SearchResult;
import org.symbiose.core.member.Member;
import org.symbiose.core.search.QueryLog;

/**
 * The site's search page. Its state is in the address ({@code q}, {@code order}, {@code page}),
 * so a search can be bookmarked, shared and refined by following a facet's link.
 */
@Named
@RequestScoped
public class SearchPage {

    private static final int PAGE_SIZE = 10;
    /** The facets whose values narrow the search when followed (the query field is the facet's name). */
    private static final Set<String> FILTERS = Set.of("type", "tag", "author", "plugin");

    @Inject
    private Search search;

    @Inject
    private Visitor visitor;

    @Inject
    private QueryLog queries;

    private String q = "";
    private String order = "relevance";
    private int page = 1;
    private SearchResult result;
    private String refusal;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = "newest".equals(order) ? "newest" : "relevance";
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, Math.min(page, 1000));
    }

    /** The hits of this page, or null before a search or when the query was refused. */
    public SearchResult getResult() {
        if (result == null && refusal == null && !q.isBlank()) {
            try {
                result = search.search(q, SearchOrder.valueOf(order.toUpperCase(Locale.ROOT)), (page - 1) * PAGE_SIZE, PAGE_SIZE,
                        visitor.member().map(Member::getId).orElse(null));
                if (page == 1) {
                    queries.searched(q, result.hits().isEmpty());
                }
            } catch (QueryRejectedException e) {
                refusal = e.getMessage();
            }
        }
        return result;
    }

    /** Why the query was refused, in plain words, or null. */
    public String getRefusal() {
        getResult();
        return refusal;
    }

    /** The facets worth showing: those with values, in a fixed order. */
    public List<String> getFacetNames() {
        SearchResult current = getResult();
        if (current == null) {
            return List.of();
        }
        return List.of("type", "tag", "author", "date", "plugin").stream()
                .filter(name -> !current.facets().getOrDefault(name, List.of()).isEmpty()).toList();
    }

    public List<FacetCount> facet(String name) {
        return Optional.ofNullable(getResult()).map(r -> r.facets().getOrDefault(name, List.of())).orElse(List.of());
    }

    /** The address of this search narrowed to one facet value; null for facets that are not filters. */
    public String refine(String facet, String value) {
        if (!FILTERS.contains(facet)) {
            return null;
        }
        String filter = facet + ":" + (value.contains(" ") ? "\"" + value + "\"" : value);
        return address(q.strip() + " " + filter, order, 1);
    }

    public boolean isMore() {
        SearchResult current = getResult();
        return current != null && ((long) page * PAGE_SIZE < current.total() || !current.totalExact());
    }

    public String getNextPage() {
        return address(q, order, page + 1);
    }

    public String getPreviousPage() {
        return page > 1 ? address(q, order, page - 1) : null;
    }

    public String getOtherOrder() {
        return address(q, "newest".equals(order) ? "relevance" : "newest", 1);
    }

    private static String address(String query, String order, int page) {
        return "search.xhtml?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&order=" + order + "&page=" + page;
    }
}
