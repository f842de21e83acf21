package org.symbiose.plugins.blog;

import java.util.Optional;
import java.util.function.Function;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * What an import of one thing did: created it, or found it imported before under the same source
 * id (importing a file twice creates nothing twice).
 *
 * @param value   the thing, new or found
 * @param created whether this call created it
 */
public record Imported<T>(T value, boolean created) {

    private static final int MAX_SOURCE_ID = 150;

    /**
     * The {@code what} (post, comment) imported before under {@code sourceId}, as {@code lookup} finds
     * it; empty when this is its first import.
     *
     * @throws ProblemException 400 on {@code sourceId} when it is missing or too long
     */
    public static <T> Optional<Imported<T>> before(String sourceId, String what, Function<String, Optional<T>> lookup) {
        if (sourceId == null || sourceId.isBlank() || sourceId.length() > MAX_SOURCE_ID) {
            throw new ProblemException(ProblemType.VALIDATION, "sourceId", "An imported " + what + " needs its source id");
        }
        return lookup.apply(sourceId).map(found -> new Imported<>(found, false));
    }
}
