package org.symbiose.plugins.survey.export;

import java.util.List;
import org.symbiose.plugins.survey.Bilingual;

/**
 * What one column of the responses CSV holds, for whoever analyses it.
 *
 * @param column     its header
 * @param questionId the question it comes from, or null for the response's own columns
 * @param type       the question's type key, or {@code response}
 * @param label      the question (with the row or option it is about), in the survey's languages
 * @param values     what its codes mean (option key to label, 1/0, a rank), empty for free values
 */
public record CodebookEntry(String column, String questionId, String type, Bilingual label, List<CodebookValue> values) {

    public CodebookEntry {
        values = List.copyOf(values);
    }
}
