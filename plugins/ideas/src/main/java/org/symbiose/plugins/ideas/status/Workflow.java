package org.symbiose.plugins.ideas.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.Attributes;

/**
 * A box's statuses, in their order, and the moves between them its managers allow. New ideas
 * start in {@code defaultStatus}, an open status.
 *
 * @param statuses      by position
 * @param transitions   the allowed moves
 * @param defaultStatus the key of the status new ideas get
 */
public record Workflow(List<Status> statuses, List<Transition> transitions, String defaultStatus) {

    /** Most statuses a workflow has. */
    public static final int MAX_STATUSES = 20;
    /** Longest status label, in characters. */
    public static final int MAX_LABEL = 60;

    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,29}");
    static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Workflow {
        statuses = statuses.stream().sorted(Comparator.comparingInt(Status::position)).toList();
        transitions = List.copyOf(transitions);
    }

    /**
     * The workflow a new box gets: open → under review → planned → in progress → done, any open
     * status → declined, and back from under review to open.
     */
    public static Workflow standard() {
        List<Status> statuses = List.of(new Status("open", "Open", "Ouverte", "#6c757d", false, 0),
                new Status("under-review", "Under review", "À l'étude", "#0d6efd", false, 1),
                new Status("planned", "Planned", "Prévue", "#6f42c1", false, 2),
                new Status("in-progress", "In progress", "En cours", "#fd7e14", false, 3),
                new Status("done", "Done", "Réalisée", "#198754", true, 4),
                new Status("declined", "Declined", "Refusée", "#dc3545", true, 5));
        List<Transition> transitions = List.of(new Transition("open", "under-review"),
                new Transition("under-review", "open"), new Transition("under-review", "planned"),
                new Transition("planned", "in-progress"), new Transition("in-progress", "done"),
                new Transition("open", "declined"), new Transition("under-review", "declined"),
                new Transition("planned", "declined"), new Transition("in-progress", "declined"));
        return new Workflow(statuses, transitions, "open");
    }

    /**
     * The workflow a manager sent, checked whole: 1 to {@value #MAX_STATUSES} statuses with distinct
     * keys ({@code a-z0-9-}), both labels, a {@code #rrggbb} colour; transitions between two of
     * them; a default status that is open (the first status unless said).
     *
     * @throws ProblemException 400 naming the first bad field
     */
    public static Workflow of(WorkflowInput input) {
        if (input == null || input.statuses == null || input.statuses.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "statuses", "A workflow has at least one status");
        }
        if (input.statuses.size() > MAX_STATUSES) {
            throw new ProblemException(ProblemType.VALIDATION, "statuses", "At most " + MAX_STATUSES + " statuses");
        }
        List<Status> statuses = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (WorkflowInput.StatusInput s : input.statuses) {
            if (s == null || s.key == null || !KEY.matcher(s.key).matches()) {
                throw new ProblemException(ProblemType.VALIDATION, "statuses",
                        "A status key is 1 to 30 characters a-z, 0-9 and -, starting with a letter");
            }
            if (!keys.add(s.key)) {
                throw new ProblemException(ProblemType.VALIDATION, "statuses", "Two statuses have the key " + s.key);
            }
            if (s.colour == null || !COLOUR.matcher(s.colour).matches()) {
                throw new ProblemException(ProblemType.VALIDATION, "statuses", "A colour is #rrggbb: " + s.colour);
            }
            statuses.add(new Status(s.key, label(s.label_en), label(s.label_fr), s.colour.toLowerCase(),
                    Boolean.TRUE.equals(s.closed), statuses.size()));
        }
        List<Transition> transitions = new ArrayList<>();
        for (WorkflowInput.TransitionInput t : input.transitions == null ? List.<WorkflowInput.TransitionInput>of()
                : input.transitions) {
            if (t == null || !keys.contains(t.from) || !keys.contains(t.to) || t.from.equals(t.to)) {
                throw new ProblemException(ProblemType.VALIDATION, "transitions",
                        "A transition goes from one of the statuses to another");
            }
            Transition transition = new Transition(t.from, t.to);
            if (!transitions.contains(transition)) {
                transitions.add(transition);
            }
        }
        String first = input.defaultStatus == null ? statuses.get(0).key() : input.defaultStatus;
        Workflow workflow = new Workflow(statuses, transitions, first);
        if (workflow.status(first).filter(s -> !s.closed()).isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "defaultStatus",
                    "New ideas start in one of the open statuses");
        }
        return workflow;
    }

    private static String label(String label) {
        String stripped = label == null ? "" : label.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LABEL) {
            throw new ProblemException(ProblemType.VALIDATION, "statuses",
                    "A status has an English and a French label of 1 to " + MAX_LABEL + " characters");
        }
        return stripped;
    }

    /** The status with this key. */
    public Optional<Status> status(String key) {
        return statuses.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Whether an idea may move from {@code from} to {@code to}. */
    public boolean allows(String from, String to) {
        return transitions.contains(new Transition(from, to));
    }

    /** The first status, by position: where an author may still edit their idea. */
    public Status first() {
        return statuses.get(0);
    }

    /** The open statuses, in order: the roadmap's columns. */
    public List<Status> open() {
        return statuses.stream().filter(s -> !s.closed()).toList();
    }

    /** The keys of {@code previous} this workflow no longer has. */
    public Set<String> removedFrom(Workflow previous) {
        Set<String> removed = new HashSet<>();
        previous.statuses.forEach(s -> removed.add(s.key()));
        statuses.forEach(s -> removed.remove(s.key()));
        return removed;
    }

    /**
     * The keys of {@code previous} this workflow drops or turns from open to closed or back: ideas
     * holding one would keep votes the budgets count wrongly, so they move first.
     */
    public Set<String> unsettledFrom(Workflow previous) {
        Set<String> unsettled = removedFrom(previous);
        for (Status before : previous.statuses) {
            status(before.key()).filter(now -> now.closed() != before.closed()).ifPresent(now -> unsettled.add(now.key()));
        }
        return unsettled;
    }

    /**
     * The workflow as a box's {@code workflow} attribute, which is also its REST shape (what
     * {@code PUT /boxes/{box}/workflow} takes back): statuses with {@code label_en}, {@code label_fr}.
     */
    public Map<String, Object> attribute() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("statuses", statuses.stream().map(s -> Map.<String, Object>of("key", s.key(), "label_en", s.labelEn(),
                "label_fr", s.labelFr(), "colour", s.colour(), "closed", s.closed(), "position", s.position())).toList());
        value.put("transitions", transitions.stream().map(t -> Map.<String, Object>of("from", t.from(), "to", t.to()))
                .toList());
        value.put("defaultStatus", defaultStatus);
        return value;
    }

    /** The workflow stored in a box's {@code workflow} attribute; the standard one when there is none. */
    public static Workflow fromAttribute(Map<String, Object> value) {
        if (value == null) {
            return standard();
        }
        List<Status> statuses = Attributes.maps(value, "statuses").stream().map(s -> new Status(
                Attributes.text(s, "key"), Attributes.text(s, "label_en"), Attributes.text(s, "label_fr"),
                Attributes.text(s, "colour"), Attributes.flag(s, "closed"),
                s.get("position") instanceof Number n ? n.intValue() : 0)).toList();
        List<Transition> transitions = Attributes.maps(value, "transitions").stream()
                .map(t -> new Transition(Attributes.text(t, "from"), Attributes.text(t, "to"))).toList();
        return new Workflow(statuses, transitions, Attributes.text(value, "defaultStatus"));
    }
}
