package org.symbiose.plugins.ideas.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.plugins.ideas.status.Workflow;
import org.symbiose.plugins.ideas.status.WorkflowInput;

class SitePagesTest {

    @Test
    void theWorkflowEditorsRowsBecomeTheWorkflowInTheOrderTyped() {
        Map<String, List<String>> fields = Map.of(
                "position", List.of("1", "0", "2", "3"),
                "key", List.of("open", "triage", "done", ""),
                "labelEn", List.of("Open", "Triage", "Done", ""),
                "labelFr", List.of("Ouverte", "Tri", "Faite", ""),
                "colour", List.of("#111111", "#222222", "#333333", "#6c757d"),
                "closed", List.of("2"),
                "transition", List.of("triage>open", "open>done", "open>gone", "open>open"),
                "defaultStatus", List.of("triage"));

        WorkflowInput input = WorkflowForm.of(fields);
        Workflow workflow = Workflow.of(input);

        assertEquals(List.of("triage", "open", "done"), workflow.statuses().stream().map(s -> s.key()).toList(),
                "the empty row adds nothing; the order typed wins");
        assertEquals(List.of(false, false, true), workflow.statuses().stream().map(s -> s.closed()).toList());
        assertEquals("triage", workflow.defaultStatus());
        assertEquals(List.of("triage>open", "open>done"), workflow.transitions().stream().map(t -> t.from() + ">" + t.to())
                .toList(), "a transition to no status, or to itself, is dropped");
        assertThrows(ProblemException.class, () -> Workflow.of(WorkflowForm.of(Map.of("key", List.of("open"),
                "labelEn", List.of("Open"), "labelFr", List.of(""), "colour", List.of("#111111")))),
                "a status without its French label is refused whole");
    }

    @Test
    void aDeletedStatusTakesItsTransitionsAlong() {
        Map<String, List<String>> fields = Map.of(
                "key", List.of("open", "gone"),
                "labelEn", List.of("Open", "Gone"),
                "labelFr", List.of("Ouverte", "Partie"),
                "colour", List.of("#111111", "#222222"),
                "delete", List.of("1"),
                "transition", List.of("open>gone", "gone>open"),
                "defaultStatus", List.of("gone"));

        WorkflowInput input = WorkflowForm.of(fields);

        assertEquals(List.of("open"), input.statuses.stream().map(s -> s.key).toList());
        assertEquals(List.of(), input.transitions);
        assertNull(input.defaultStatus, "a deleted default leaves the first status as the default");
        assertThrows(ProblemException.class, () -> WorkflowForm.of(Map.of("key", List.of("open"),
                "position", List.of("first"))));
    }

    @Test
    void aManagerAnswersInTheCurrentStatusOrMovesWhereTheWorkflowAllows() {
        Workflow workflow = Workflow.standard();

        List<Map<String, Object>> choices = IdeaPage.nextStatuses(workflow, workflow.first(), Locale.FRENCH);

        assertEquals(List.of("open", "under-review", "declined"), choices.stream().map(c -> c.get("key")).toList());
        assertEquals("Ouverte", choices.get(0).get("label"));
        assertEquals(true, choices.get(0).get("current"));
    }

    @Test
    void aVisitorAskingForAMembersTabSeesTheTrendingOne() {
        assertEquals("trending", BoxPage.tab("voted", null));
        assertEquals("voted", BoxPage.tab("voted", 7L));
        assertEquals("top", BoxPage.tab("top", null));
        assertEquals("trending", BoxPage.tab("anything", 7L));
    }
}
