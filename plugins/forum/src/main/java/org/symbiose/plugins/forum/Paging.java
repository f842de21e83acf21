package org.symbiose.plugins.forum;

import org.symbiose.api.content.InvalidItemException;

/** Reads the paging parameters of list requests: {@code limit}, {@code offset}, {@code before}. */
final class Paging {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private Paging() {
    }

    /** 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent. */
    static int limit(String raw) {
        int limit = number(raw, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidItemException("limit", "A limit is between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    /** 0 or more, 0 when absent. */
    static int offset(String raw) {
        int offset = number(raw, "offset", 0);
        if (offset < 0 || offset > TopicLists.MAX_SCAN) {
            throw new InvalidItemException("offset", "An offset is between 0 and " + TopicLists.MAX_SCAN);
        }
        return offset;
    }

    /** A positive id, or null when absent. */
    static Long cursor(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long cursor = Long.parseLong(raw.strip());
            if (cursor > 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other bad value
        }
        throw new InvalidItemException("before", "before is the next value of the previous page");
    }

    private static int number(String raw, String field, int absent) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidItemException(field, field + " must be a whole number");
        }
    }
}
