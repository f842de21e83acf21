package org.symbiose.plugins.ideas.status;

import java.util.List;

/**
 * {@code PUT /boxes/{box}/workflow}: the whole workflow at once. Statuses are listed in their order
 * (their position is their index); a status with a new key is added, one left out is deleted.
 */
public class WorkflowInput {
    public List<StatusInput> statuses;
    public List<TransitionInput> transitions;
    public String defaultStatus;
    public Long version;

    /** One status, as sent. */
    public static class StatusInput {
        public String key;
        public String label_en;
        public String label_fr;
        public String colour;
        public Boolean closed;
        /** Ignored: the list's order is the statuses' order. */
        public Integer position;
    }

    /** One allowed transition, as sent. */
    public static class TransitionInput {
        public String from;
        public String to;
    }
}
