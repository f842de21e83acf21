package org.symbiose.plugins.faq.site;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Revision;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.faq.FaqRights;
import org.symbiose.plugins.faq.entry.Entries;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryInput;
import org.symbiose.plugins.faq.entry.EntryState;
import org.symbiose.plugins.faq.section.Section;
import org.symbiose.plugins.faq.section.Sections;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * The editor's page ({@code edit.xhtml}, {@code ?id=} to change an entry, {@code ?translation=&language=}
 * to translate one): question, Markdown answer, "applies to", tags, section, language, and for
 * editors the entry it translates. Actions {@code draft}, {@code review} (submit to the editors),
 * {@code publish} (editors) and {@code restore} (field {@code revision}). The FAQ's writers, and an
 * entry's owner until it is published, reach it; anyone else finds no such page.
 */
@Component(service = PageModel.class)
public class EditPage implements PageModel {

    @Reference
    private Entries entries;

    @Reference
    private Sections sections;

    @Reference
    private FaqRights rights;

    @Override
    public String name() {
        return "edit";
    }

    @Override
    public Object model(PageRequest request) {
        Long viewer = request.viewerId();
        Optional<Entry> entry = edited(request);
        Optional<Entry> translated = entry.isPresent() ? Optional.empty()
                : request.number("translation").flatMap(id -> entries.find(id, viewer));
        boolean back = request.parameter("question").isPresent();
        boolean editor = rights.publishes(viewer);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("homeLink", PageAddresses.home());
        shown.put("editing", entry.isPresent());
        shown.put("id", entry.map(Entry::id).orElse(null));
        shown.put("version", entry.map(Entry::version).orElse(null));
        shown.put("state", entry.map(found -> found.state().name()).orElse(""));
        shown.put("link", entry.map(found -> PageAddresses.chosen(found.id())).orElse(""));
        // a translation starts from the text it translates
        Optional<Entry> source = entry.or(() -> translated);
        shown.put("question", back ? request.parameter("question").orElse("") : source.map(Entry::question).orElse(""));
        shown.put("answer", back ? request.parameter("answer").orElse("") : source.map(Entry::answer).orElse(""));
        shown.put("appliesTo", back ? request.parameter("appliesTo").orElse("") : source.map(Entry::appliesTo).orElse(""));
        shown.put("tags", back ? request.parameter("tags").orElse("")
                : source.map(found -> String.join(", ", found.tags())).orElse(""));
        long section = back ? request.number("section").orElse(0L)
                : source.map(Entry::sectionId).orElse(request.number("section").orElse(0L));
        shown.put("sections", sectionChoices(section, request.locale().getLanguage()));
        shown.put("language", back || translated.isPresent() || entry.isEmpty()
                ? request.parameter("language").orElse(request.locale().getLanguage())
                : entry.get().language());
        shown.put("translation", back ? request.parameter("translation").orElse("")
                : entry.map(Entry::translationId).or(() -> translated.map(Entry::id)).map(String::valueOf).orElse(""));
        shown.put("canLink", editor);
        shown.put("canPublish", editor);
        shown.put("translateLink", entry.filter(found -> editor && found.translationId() == null)
                .map(found -> PageAddresses.translate(found.id(), EntryPage.other(found.language()))).orElse(""));
        shown.put("revisions", entry.map(found -> revisions(found, viewer, request)).orElse(List.of()));
        return shown;
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        if ("restore".equals(action)) {
            return PageAction.attempt(() -> {
                Entry entry = edited(request).orElseThrow(() -> new PageNotFoundException("No entry given"));
                long revision = request.number("revision").orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                        "revision", "Choose the revision to restore"));
                entries.restore(entry.id(), request.number("version").orElse(entry.version()), revision, request.viewerId());
                return PageAddresses.edit(entry.id());
            });
        }
        EntryState state = switch (action) {
            case "draft" -> EntryState.DRAFT;
            case "review" -> EntryState.IN_REVIEW;
            case "publish" -> EntryState.PUBLISHED;
            default -> null;
        };
        if (state == null) {
            return PageAction.refused(Map.of("", "Unknown action " + action));
        }
        return PageAction.attempt(() -> {
            long viewer = request.viewerId();
            Optional<Entry> edited = edited(request);
            EntryInput input = input(request, state);
            Long translation = translation(request, input.language, edited, viewer);
            Entry saved = edited.isPresent()
                    ? entries.edit(edited.get().id(), request.number("version").orElse(edited.get().version()), input, viewer)
                    : entries.create(input, viewer);
            Long linked = edited.map(Entry::translationId).orElse(null);
            if (translation != null && !translation.equals(linked)) {
                entries.link(saved.id(), translation, viewer);
            } else if (translation == null && linked != null && rights.publishes(viewer)) {
                entries.unlink(saved.id(), viewer);
            }
            return PageAddresses.chosen(saved.id());
        });
    }

    private static EntryInput input(PageRequest request, EntryState state) {
        EntryInput input = new EntryInput(request.parameter("question").orElse("").strip(),
                request.parameter("answer").orElse(""), request.parameter("language").orElse("").strip(), state);
        input.appliesTo = request.parameter("appliesTo").orElse("").strip();
        input.tags = Arrays.stream(request.parameter("tags").orElse("").split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).distinct().toList();
        input.sectionId = request.number("section").orElse(0L);
        return input;
    }

    /**
     * The entry this one translates, checked before anything is written: an editor's choice, an
     * entry they read, in the other language. Null when the field is empty or the viewer does not link.
     */
    private Long translation(PageRequest request, String language, Optional<Entry> edited, long viewer) {
        Optional<String> given = request.parameter("translation").map(String::strip).filter(value -> !value.isEmpty());
        if (given.isEmpty() || !rights.publishes(viewer)) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(given.get());
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.VALIDATION, "translation", "Give the number of the translated entry");
        }
        Entry other = entries.find(id, viewer).orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE,
                "translation", "No such FAQ entry to link"));
        if (other.language().equals(language) || edited.map(Entry::id).filter(own -> own == id).isPresent()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "translation",
                    "A translation is an entry in the other language");
        }
        return id;
    }

    /** The entry named, if the viewer changes it; with no id, the viewer must write entries. */
    private Optional<Entry> edited(PageRequest request) {
        Long viewer = request.viewerId();
        if (viewer == null) {
            throw new PageNotFoundException("Only the FAQ's writers write there");
        }
        Optional<Long> id = request.number("id");
        if (id.isEmpty()) {
            if (!rights.writes(viewer)) {
                throw new PageNotFoundException("Only the FAQ's writers write there");
            }
            return Optional.empty();
        }
        Entry entry = entries.find(id.get(), viewer).orElseThrow(() -> new PageNotFoundException("No such entry"));
        try {
            // the service says who changes an entry; its revisions ask the same
            entries.revisions(entry.id(), viewer);
        } catch (ProblemException refused) {
            throw new PageNotFoundException("Only the FAQ's editors change a published entry");
        }
        return Optional.of(entry);
    }

    private List<Map<String, Object>> sectionChoices(long selected, String language) {
        List<Map<String, Object>> choices = new ArrayList<>();
        choices.add(Map.of("id", 0L, "title", "—", "indent", "", "selected", selected == 0));
        for (Section section : sections.tree()) {
            choices.add(Map.of("id", section.id(), "title", section.titleIn(language),
                    "indent", "\u00a0\u00a0".repeat(section.depth()), "selected", section.id() == selected));
        }
        return choices;
    }

    private List<Map<String, Object>> revisions(Entry entry, Long viewer, PageRequest request) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(request.locale());
        return entries.revisions(entry.id(), viewer).stream().filter(revision -> revision.version() != entry.version())
                .map((Revision revision) -> Map.<String, Object>of("version", revision.version(),
                        "date", format.format(revision.edited().atZone(ZoneOffset.UTC)),
                        "author", revision.editor() == null ? "" : revision.editor().displayName(),
                        "question", revision.title()))
                .toList();
    }
}
