package org.symbiose.plugins.ideas.idea;

import java.util.List;

/**
 * A box's ideas as a kanban: one column per open status, in the workflow's order, each with its
 * most supported ideas.
 */
public record Roadmap(long boxId, String title, List<Column> columns) {

    /** One open status and its ideas, most voted first. */
    public record Column(String status, String label, String colour, List<Idea> ideas) {
    }
}
