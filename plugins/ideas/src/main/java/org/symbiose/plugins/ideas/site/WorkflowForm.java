package org.symbiose.plugins.ideas.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.status.WorkflowInput;

/**
 * The workflow editor's fields as the workflow they describe. Row {@code i} of the statuses' table
 * sends the {@code i}-th value of {@code position}, {@code key}, {@code labelEn}, {@code labelFr}
 * and {@code colour}; checkboxes {@code closed} and {@code delete} send the indexes of their rows,
 * {@code transition} sends {@code from>to}. A row without a key (the empty row for a new status)
 * or marked deleted is left out, and so are the transitions of a status left out (and any from a
 * status to itself, which the grid never offers): the workflow checks the rest whole.
 */
final class WorkflowForm {

    private record Row(int index, int position, WorkflowInput.StatusInput status) {
    }

    private WorkflowForm() {
    }

    static WorkflowInput of(Map<String, List<String>> fields) {
        List<String> keys = values(fields, "key");
        Set<String> closed = new HashSet<>(values(fields, "closed"));
        Set<String> deleted = new HashSet<>(values(fields, "delete"));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i).strip();
            if (key.isEmpty() || deleted.contains(String.valueOf(i))) {
                continue;
            }
            WorkflowInput.StatusInput status = new WorkflowInput.StatusInput();
            status.key = key;
            status.label_en = value(fields, "labelEn", i);
            status.label_fr = value(fields, "labelFr", i);
            status.colour = value(fields, "colour", i);
            status.closed = closed.contains(String.valueOf(i));
            rows.add(new Row(i, position(value(fields, "position", i), i), status));
        }
        WorkflowInput input = new WorkflowInput();
        // the order typed, rows of equal order as listed
        input.statuses = rows.stream().sorted(Comparator.comparingInt(Row::position).thenComparingInt(Row::index))
                .map(Row::status).toList();
        Set<String> kept = new HashSet<>();
        input.statuses.forEach(status -> kept.add(status.key));
        input.transitions = values(fields, "transition").stream().map(value -> value.split(">", 2))
                .filter(ends -> ends.length == 2 && kept.contains(ends[0]) && kept.contains(ends[1]) && !ends[0].equals(ends[1]))
                .map(ends -> {
                    WorkflowInput.TransitionInput transition = new WorkflowInput.TransitionInput();
                    transition.from = ends[0];
                    transition.to = ends[1];
                    return transition;
                }).toList();
        String first = values(fields, "defaultStatus").stream().findFirst().orElse("");
        input.defaultStatus = kept.contains(first) ? first : null;
        return input;
    }

    private static int position(String typed, int row) {
        if (typed.isBlank()) {
            return row;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.VALIDATION, "position", "An order is a whole number: " + typed);
        }
    }

    private static List<String> values(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : values;
    }

    private static String value(Map<String, List<String>> fields, String name, int index) {
        List<String> values = values(fields, name);
        return index < values.size() && values.get(index) != null ? values.get(index) : "";
    }
}
