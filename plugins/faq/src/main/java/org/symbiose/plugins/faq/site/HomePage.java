package org.symbiose.plugins.faq.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.search.QueryRejectedException;
import org.symbiose.api.search.Search;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.plugins.faq.FaqRights;
import org.symbiose.plugins.faq.entry.Entries;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryState;
import org.symbiose.plugins.faq.entry.EntryType;
import org.symbiose.plugins.faq.section.Section;
import org.symbiose.plugins.faq.section.Sections;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageRequest;

/**
 * The FAQ's home ({@code index.xhtml}, {@code ?q=} to search): the sections in their manual order,
 * nested, each with its published entries in the reader's language (an entry written only in the
 * other language shows with that language named, never silently); the entries still being
 * written, for the writers; and the entries matching {@code q}, from the core's search. The page's
 * script asks the page itself again as the visitor types.
 */
@Component(service = PageModel.class)
public class HomePage implements PageModel {

    private static final int RESULTS = 10;
    private static final int UNPUBLISHED = 50;
    private static final int LONGEST_QUERY = 200;

    @Reference
    private Sections sections;

    @Reference
    private Entries entries;

    @Reference
    private FaqRights rights;

    @Reference
    private Search search;

    @Override
    public String name() {
        return "home";
    }

    @Override
    public Object model(PageRequest request) {
        Long viewer = request.viewerId();
        String language = request.locale().getLanguage();
        Map<String, Object> shown = new LinkedHashMap<>();
        String q = request.parameter("q").map(String::strip).orElse("");
        shown.put("q", q);
        shown.put("searched", !q.isEmpty());
        shown.put("results", q.isEmpty() ? List.of() : results(q, viewer));
        shown.put("sections", sections(language));
        boolean writes = rights.writes(viewer);
        shown.put("canEdit", writes);
        shown.put("newLink", PageAddresses.create());
        shown.put("unpublished", writes ? unpublished(viewer) : List.of());
        // owners see their own stale entries there, community managers all of them
        shown.put("canSeeFreshness", viewer != null);
        shown.put("freshnessLink", PageAddresses.freshness());
        return shown;
    }

    private List<Map<String, Object>> sections(String language) {
        List<Section> tree = sections.tree();
        Set<Long> parents = tree.stream().map(Section::parentId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Section section : tree) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", section.id());
            one.put("title", section.titleIn(language));
            one.put("depth", section.depth());
            one.put("hasChildren", parents.contains(section.id()));
            one.put("entries", inReadersLanguage(entries.inSection(section.id(), null), language));
            shown.add(one);
        }
        return shown;
    }

    /**
     * A section's entries as this reader reads them: those in their language, and those in the
     * other one that have no published translation, marked with their language.
     */
    static List<Map<String, Object>> inReadersLanguage(List<Entry> all, String language) {
        Set<Long> translated = all.stream().filter(entry -> entry.language().equals(language))
                .map(Entry::id).collect(Collectors.toSet());
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Entry entry : all) {
            boolean own = entry.language().equals(language);
            if (own || entry.translationId() == null || !translated.contains(entry.translationId())) {
                Map<String, Object> one = card(entry);
                one.put("otherLanguage", own ? "" : entry.language());
                shown.add(one);
            }
        }
        return shown;
    }

    private List<Map<String, Object>> unpublished(Long viewer) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (EntryState state : List.of(EntryState.IN_REVIEW, EntryState.DRAFT)) {
            entries.list(state, null, null, UNPUBLISHED, viewer).items().stream().map(HomePage::card).forEach(shown::add);
        }
        return shown;
    }

    private static Map<String, Object> card(Entry entry) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("id", entry.id());
        one.put("question", entry.question());
        one.put("link", entry.link());
        one.put("language", entry.language());
        one.put("state", entry.state().name());
        one.put("published", entry.state() == EntryState.PUBLISHED);
        one.put("otherLanguage", "");
        return one;
    }

    /** The entries matching what the visitor typed; a query search refuses shows as no result. */
    private List<Map<String, Object>> results(String q, Long viewer) {
        String typed = q.length() > LONGEST_QUERY ? q.substring(0, LONGEST_QUERY) : q;
        try {
            return search.search("type:" + EntryType.KEY + " " + typed, SearchOrder.RELEVANCE, 0, RESULTS, viewer).hits()
                    .stream().filter(hit -> hit.link() != null)
                    .map(hit -> Map.<String, Object>of("title", hit.title(), "link", hit.link(), "snippet",
                            hit.snippetHtml() == null ? "" : hit.snippetHtml()))
                    .toList();
        } catch (QueryRejectedException refused) {
            return List.of();
        }
    }
}
