package org.symbiose.plugins.ideas.site;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.BoxInput;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.status.Status;
import org.symbiose.plugins.ideas.status.Workflow;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * A box's settings ({@code settings.xhtml?box=}, without {@code box} a new box) and its workflow
 * editor: statuses renamed, reordered, recoloured, marked open or closed, added or deleted, and
 * the transitions allowed between them. Managers only; anyone else finds no such page. Actions
 * {@code save} and {@code workflow} ({@link WorkflowForm}).
 */
@Component(service = PageModel.class)
public class SettingsPage implements PageModel {

    private static final List<String> ACCESS = List.of("members", "moderator", "community-manager", "administrator");
    private static final String NEW_COLOUR = "#6c757d";

    @Reference
    private Boxes boxes;

    @Reference
    private IdeasRights rights;

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public Object model(PageRequest request) {
        Optional<Box> box = edited(request);
        Locale locale = request.locale();
        boolean back = request.parameter("title").isPresent();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("homeLink", PageAddresses.home());
        shown.put("editing", box.isPresent());
        shown.put("id", box.map(Box::id).orElse(0L));
        shown.put("version", box.map(Box::version).orElse(0L));
        shown.put("boxLink", box.map(Box::link).orElse(""));
        shown.put("title", back ? request.parameter("title").orElse("") : box.map(Box::title).orElse(""));
        shown.put("description", back ? request.parameter("description").orElse("") : box.map(Box::description).orElse(""));
        String access = back ? request.parameter("access").orElse("members") : box.map(found -> found.access().value()).orElse("members");
        shown.put("accessChoices", ACCESS.stream().map(value -> Map.of("value", value,
                "label", IdeaCards.access(value, locale), "selected", value.equals(access))).toList());
        shown.put("voteBudget", back ? request.parameter("voteBudget").orElse("")
                : box.map(Box::voteBudget).map(String::valueOf).orElse(""));
        shown.put("closesAt", back ? request.parameter("closesAt").orElse("")
                : box.map(Box::closesAt).map(at -> at.atZone(ZoneOffset.UTC).toLocalDate().toString()).orElse(""));
        shown.put("language", back ? request.parameter("language").orElse(locale.getLanguage())
                : box.map(Box::language).orElse(locale.getLanguage()));
        Workflow workflow = box.map(Box::workflow).orElse(Workflow.standard());
        shown.put("statuses", statusRows(workflow, locale));
        shown.put("transitions", transitions(workflow, locale));
        return shown;
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        return switch (action) {
            case "save" -> PageAction.attempt(() -> {
                Optional<Box> box = edited(request);
                BoxInput input = input(request);
                Box saved = box.isPresent()
                        ? boxes.edit(box.get().id(), request.number("version").orElse(box.get().version()), input, request.viewerId())
                        : boxes.create(input, request.viewerId());
                return saved.link();
            });
            case "workflow" -> PageAction.attempt(() -> {
                Box box = edited(request).orElseThrow(() -> new PageNotFoundException("No box given"));
                boxes.editWorkflow(box.id(), request.number("version").orElse(box.version()),
                        WorkflowForm.of(request.parameters()), request.viewerId());
                return PageAddresses.settings(box.id()) + "#ideas-workflow-title";
            });
            default -> PageAction.refused(Map.of("", "Unknown action " + action));
        };
    }

    static BoxInput input(PageRequest request) {
        BoxInput input = new BoxInput();
        input.title = request.parameter("title").orElse("").strip();
        input.description = request.parameter("description").orElse("");
        input.access = request.parameter("access").orElse("members");
        input.language = request.parameter("language").orElse("en");
        String budget = request.parameter("voteBudget").orElse("").strip();
        try {
            input.voteBudget = budget.isEmpty() ? 0 : Integer.valueOf(budget);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.VALIDATION, "voteBudget", "A vote budget is a whole number, or empty for no limit");
        }
        String closes = request.parameter("closesAt").orElse("").strip();
        try {
            // a box closes at the end of the day chosen
            input.closesAt = closes.isEmpty() ? "" : LocalDate.parse(closes).atTime(23, 59, 59).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.VALIDATION, "closesAt", "A closing date is a day such as 2026-12-31");
        }
        return input;
    }

    /** The box named by {@code box}, or none for a new one; a 404 for anyone but managers. */
    private Optional<Box> edited(PageRequest request) {
        if (!rights.manages(request.viewerId())) {
            throw new PageNotFoundException("Only the boxes' managers set them up");
        }
        Optional<Long> id = request.number("box");
        return id.isEmpty() ? Optional.empty()
                : Optional.of(boxes.find(id.get(), request.viewerId()).orElseThrow(() -> new PageNotFoundException("No such box")));
    }

    /** A row per status, and an empty one to add a status. */
    private static List<Map<String, Object>> statusRows(Workflow workflow, Locale locale) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Status status : workflow.statuses()) {
            rows.add(row(status, status.label(locale), false, status.key().equals(workflow.defaultStatus())));
        }
        int next = workflow.statuses().size();
        rows.add(row(new Status("", "", "", NEW_COLOUR, false, next), "", true, false));
        return rows;
    }

    private static Map<String, Object> row(Status status, String label, boolean isNew, boolean isDefault) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", status.key());
        row.put("label", label);
        row.put("labelEn", status.labelEn());
        row.put("labelFr", status.labelFr());
        row.put("colour", status.colour());
        row.put("closed", status.closed());
        row.put("position", status.position());
        row.put("isNew", isNew);
        row.put("isDefault", isDefault);
        return row;
    }

    /** The transitions' grid: a row per status, a cell per other status, checked when the move is allowed. */
    private static List<Map<String, Object>> transitions(Workflow workflow, Locale locale) {
        return workflow.statuses().stream().map(from -> Map.<String, Object>of("key", from.key(), "label", from.label(locale),
                "targets", workflow.statuses().stream().map(to -> Map.of("to", to.key(), "label", to.label(locale),
                        "allowed", workflow.allows(from.key(), to.key()))).toList())).toList();
    }
}
