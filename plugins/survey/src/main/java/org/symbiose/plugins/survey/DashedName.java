package org.symbiose.plugins.survey;

import java.util.Arrays;
import java.util.Locale;

/**
 * An enum whose constants are stored and sent by their name in lower case with dashes
 * ({@code SINGLE_CHOICE} is {@code single-choice}): the name is the contract, so no constant
 * carries a second spelling that could drift from it.
 */
public interface DashedName {

    /** The constant's stored name. */
    default String key() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant of {@code type} stored as {@code key}.
     *
     * @throws MalformedShape at {@code path} when there is none
     */
    static <E extends Enum<E> & DashedName> E of(Class<E> type, String key, String path) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new MalformedShape(path, "unknown " + type.getSimpleName() + " " + key));
    }
}
