package org.symbiose.plugins.faq.site;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.search.Search;
import org.symbiose.api.search.SearchHit;
import org.symbiose.plugins.faq.FaqRights;
import org.symbiose.plugins.faq.entry.Entries;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryState;
import org.symbiose.plugins.faq.entry.EntryType;
import org.symbiose.plugins.faq.entry.Translation;
import org.symbiose.plugins.faq.helpful.HelpfulVotes;
import org.symbiose.plugins.faq.helpful.Helpfulness;
import org.symbiose.plugins.faq.helpful.VoteInput;
import org.symbiose.plugins.faq.helpful.Voter;
import org.symbiose.plugins.faq.section.Sections;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * An entry ({@code entry.xhtml?id=}): its answer, what it applies to, the forum answer it was
 * promoted from, "was this helpful?", related entries, and schema.org FAQPage data. A reader
 * arriving on the other language's entry is led to their own through action {@code follow} when
 * it exists ({@code &chosen=1} keeps the one asked for); when it does not, the page says the entry
 * is not translated. Actions {@code yes} and {@code no} (field {@code comment}) vote, once per member.
 */
@Component(service = PageModel.class)
public class EntryPage implements PageModel {

    private static final int RELATED = 5;

    @Reference
    private Entries entries;

    @Reference
    private Sections sections;

    @Reference
    private HelpfulVotes votes;

    @Reference
    private FaqRights rights;

    @Reference
    private Search search;

    @Override
    public String name() {
        return "entry";
    }

    @Override
    public Object model(PageRequest request) {
        Long viewer = request.viewerId();
        Entry entry = find(request);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("entry", entry(entry, request));
        shown.put("homeLink", PageAddresses.home());
        shown.put("section", entry.sectionId() == null ? null
                : sections.find(entry.sectionId()).map(section -> section.titleIn(request.locale().getLanguage()))
                        .orElse(null));
        Translation translation = entries.translation(entry, viewer);
        shown.put("other", translation == null ? null
                : Map.of("language", translation.language(), "link", PageAddresses.chosen(translation.id())));
        shown.put("missing", translation == null ? other(entry.language()) : "");
        shown.put("canEdit", editable(entry, viewer));
        shown.put("editLink", PageAddresses.edit(entry.id()));
        shown.put("credit", entry.credit() == null ? null
                : Map.of("author", entry.credit().authorName(), "link", entry.credit().sourceLink()));
        boolean published = entry.state() == EntryState.PUBLISHED;
        Helpfulness counts = published ? votes.counts(entry.id()) : new Helpfulness(0, 0);
        shown.put("yes", counts.yes());
        shown.put("no", counts.no());
        shown.put("voted", published && viewer != null && votes.voteOf(entry.id(), new Voter(viewer, null)) != null);
        // its own translation is offered above, not as a related entry
        shown.put("related", published ? related(entry.id(), translation == null ? null : translation.id(), viewer) : List.of());
        shown.put("description", entry.question());
        shown.put("jsonLd", published ? FaqPageJsonLd.of(entry.question(), entry.answerHtml(), entry.language()) : "");
        return shown;
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        return switch (action) {
            case "follow" -> follow(request);
            case "yes", "no" -> PageAction.attempt(() -> {
                if (request.viewerId() == null) {
                    throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in to vote");
                }
                Entry entry = find(request);
                votes.vote(entry.id(), new VoteInput("yes".equals(action), request.parameter("comment").orElse("")),
                        new Voter(request.viewerId(), null));
                return PageAddresses.chosen(entry.id()) + "#faq-helpful";
            });
            default -> PageAction.refused(Map.of("", "Unknown action " + action));
        };
    }

    /** To the reader's language when the entry is in the other one and a translation is there. */
    private PageAction follow(PageRequest request) {
        if (request.parameter("chosen").isPresent()) {
            return PageAction.refused(Map.of());
        }
        try {
            Entry entry = find(request);
            Translation translation = entries.translation(entry, request.viewerId());
            boolean elsewhere = !entry.language().equals(request.locale().getLanguage()) && translation != null
                    && translation.language().equals(request.locale().getLanguage());
            return elsewhere ? PageAction.done(PageAddresses.entry(translation.id())) : PageAction.refused(Map.of());
        } catch (PageNotFoundException e) {
            // the page answers 404 already
            return PageAction.refused(Map.of());
        }
    }

    private Entry find(PageRequest request) {
        long id = request.number("id").orElseThrow(() -> new PageNotFoundException("No entry given"));
        return entries.find(id, request.viewerId()).orElseThrow(() -> new PageNotFoundException("No such entry"));
    }

    /** Who changes an entry, as the entries' service decides it: editors any, writers and its owner until published. */
    private boolean editable(Entry entry, Long viewer) {
        if (viewer == null) {
            return false;
        }
        boolean own = entry.owner().id() == viewer || entry.author().id() == viewer;
        return rights.publishes(viewer) || entry.state() != EntryState.PUBLISHED && (rights.writes(viewer) || own);
    }

    private static Map<String, Object> entry(Entry entry, PageRequest request) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", entry.id());
        shown.put("question", entry.question());
        shown.put("html", entry.answerHtml());
        shown.put("appliesTo", entry.appliesTo());
        shown.put("tags", entry.tags());
        shown.put("language", entry.language());
        shown.put("state", entry.state().name());
        shown.put("published", entry.state() == EntryState.PUBLISHED);
        shown.put("updated", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(request.locale())
                .format(entry.updated().atZone(ZoneOffset.UTC)));
        shown.put("updatedIso", entry.updated().toString());
        return shown;
    }

    static String other(String language) {
        return "fr".equals(language) ? "en" : "fr";
    }

    /** Entries like this one, as the viewer finds them; none when search cannot answer now (the page shows without). */
    private List<Map<String, Object>> related(long entry, Long translation, Long viewer) {
        try {
            return search.related(entry, RELATED * 4, viewer).stream().filter(hit -> EntryType.KEY.equals(hit.type()))
                    .filter(hit -> hit.link() != null && !Long.valueOf(hit.id()).equals(translation)).limit(RELATED)
                    .map((SearchHit hit) -> Map.<String, Object>of("title", hit.title(), "link", hit.link())).toList();
        } catch (RuntimeException searchUnavailable) {
            return List.of();
        }
    }
}
