package org.symbiose.plugins.survey.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A matrix answered: for each row key, the key of the column (a point of the scale) chosen.
 *
 * @param rows row key to column key, in the matrix's row order
 */
public record MatrixAnswer(Map<String, String> rows) implements Answer {

    public MatrixAnswer {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    @Override
    public Object toJson() {
        return rows;
    }
}
