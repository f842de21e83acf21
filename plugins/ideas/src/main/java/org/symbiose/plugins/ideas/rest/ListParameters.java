package org.symbiose.plugins.ideas.rest;

import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/** The {@code before}/{@code after} cursor and {@code limit} of a list request: 400 on anything else than numbers in range. */
final class ListParameters {

    static final int DEFAULT_LIMIT = 20;

    private ListParameters() {
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        long limit = number(value, "limit");
        if (limit < 1 || limit > ItemQuery.MAX_LIMIT) {
            throw new ProblemException(ProblemType.VALIDATION, "limit", "limit is 1 to " + ItemQuery.MAX_LIMIT);
        }
        return (int) limit;
    }

    static Long cursor(String value, String name) {
        return value == null || value.isBlank() ? null : number(value, name);
    }

    private static long number(String value, String name) {
        try {
            long number = Long.parseLong(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below with the other bad values
        }
        throw new ProblemException(ProblemType.VALIDATION, name, name + " is a positive whole number");
    }
}
