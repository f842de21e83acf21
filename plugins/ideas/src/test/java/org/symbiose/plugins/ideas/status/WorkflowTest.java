package org.symbiose.plugins.ideas.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.ProblemException;

class WorkflowTest {

    private static WorkflowInput.StatusInput status(String key, boolean closed) {
        WorkflowInput.StatusInput s = new WorkflowInput.StatusInput();
        s.key = key;
        s.label_en = key + " en";
        s.label_fr = key + " fr";
        s.colour = "#A0B0C0";
        s.closed = closed;
        return s;
    }

    private static WorkflowInput.TransitionInput move(String from, String to) {
        WorkflowInput.TransitionInput t = new WorkflowInput.TransitionInput();
        t.from = from;
        t.to = to;
        return t;
    }

    private static WorkflowInput input(List<WorkflowInput.StatusInput> statuses,
            List<WorkflowInput.TransitionInput> transitions) {
        WorkflowInput input = new WorkflowInput();
        input.statuses = statuses;
        input.transitions = transitions;
        return input;
    }

    @Test
    void theStandardWorkflowAllowsOnlyItsTransitions() {
        Workflow standard = Workflow.standard();
        assertTrue(standard.allows("open", "under-review"));
        assertTrue(standard.allows("in-progress", "done"));
        assertFalse(standard.allows("open", "done"), "no skipping to done");
        assertFalse(standard.allows("done", "open"), "closed stays closed unless a manager allows it");
        assertEquals("open", standard.first().key());
        assertEquals(List.of("open", "under-review", "planned", "in-progress"),
                standard.open().stream().map(Status::key).toList());
        assertEquals("Réalisée", standard.status("done").orElseThrow().label(Locale.FRENCH));
    }

    @Test
    void statusesAreReorderedRenamedAndRecolouredByTheirListAndSurviveStorage() {
        Workflow sent = Workflow.of(input(List.of(status("later", false), status("now", false), status("shipped", true)),
                List.of(move("later", "now"), move("now", "shipped"), move("now", "shipped"))));
        assertEquals(List.of("later", "now", "shipped"), sent.statuses().stream().map(Status::key).toList());
        assertEquals(1, sent.status("now").orElseThrow().position());
        assertEquals("#a0b0c0", sent.status("now").orElseThrow().colour());
        assertEquals(2, sent.transitions().size(), "a repeated transition counts once");
        assertEquals("later", sent.defaultStatus(), "the first status unless said");
        assertEquals(sent, Workflow.fromAttribute(sent.attribute()));
        assertEquals(Set.of("open", "under-review", "planned", "in-progress", "done", "declined"),
                sent.removedFrom(Workflow.standard()));
    }

    @Test
    void aStatusTurningClosedOrOpenIsUnsettledForTheIdeasHoldingIt() {
        Workflow before = Workflow.of(input(List.of(status("a", false), status("b", false), status("c", true)), List.of()));
        Workflow after = Workflow.of(input(List.of(status("a", false), status("b", true)), List.of()));
        assertEquals(Set.of("b", "c"), after.unsettledFrom(before));
        assertEquals(Set.of(), before.unsettledFrom(before));
    }

    @Test
    void aBadWorkflowIsRefusedWhole() {
        assertThrows(ProblemException.class, () -> Workflow.of(null));
        assertThrows(ProblemException.class, () -> Workflow.of(input(List.of(), List.of())));
        assertThrows(ProblemException.class, () -> Workflow.of(input(List.of(status("Bad Key", false)), List.of())));
        assertThrows(ProblemException.class, () -> Workflow.of(input(List.of(status("a", false), status("a", true)),
                List.of())), "two statuses with one key");
        WorkflowInput.StatusInput red = status("a", false);
        red.colour = "red";
        assertThrows(ProblemException.class, () -> Workflow.of(input(List.of(red), List.of())));
        WorkflowInput.StatusInput unnamed = status("a", false);
        unnamed.label_fr = " ";
        assertThrows(ProblemException.class, () -> Workflow.of(input(List.of(unnamed), List.of())));
        assertThrows(ProblemException.class, () -> Workflow.of(input(List.of(status("a", false)),
                List.of(move("a", "nowhere")))));
        assertThrows(ProblemException.class, () -> Workflow.of(input(List.of(status("a", false)),
                List.of(move("a", "a")))));
        WorkflowInput startsClosed = input(List.of(status("a", false), status("b", true)), List.of());
        startsClosed.defaultStatus = "b";
        assertThrows(ProblemException.class, () -> Workflow.of(startsClosed), "new ideas start open");
    }
}
