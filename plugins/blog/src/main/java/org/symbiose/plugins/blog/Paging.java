package org.symbiose.plugins.blog;

import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/** Reads the paging parameters of list requests: {@code limit} and the {@code before} cursor. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Paging() {
    }

    /** 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent. */
    public static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below, as any other bad value
        }
        throw new ProblemException(ProblemType.VALIDATION, "limit", "A limit is a whole number from 1 to " + MAX_LIMIT);
    }

    /** A positive id, or null when absent. */
    public static Long cursor(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long cursor = Long.parseLong(raw.strip());
            if (cursor > 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // refused below, as any other bad value
        }
        throw new ProblemException(ProblemType.VALIDATION, "before", "before is the next value of the previous page");
    }
}
