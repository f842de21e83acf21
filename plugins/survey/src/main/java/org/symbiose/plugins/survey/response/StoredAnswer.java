package org.symbiose.plugins.survey.response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.MalformedShape;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;
import org.symbiose.plugins.survey.answer.DateAnswer;
import org.symbiose.plugins.survey.answer.MatrixAnswer;
import org.symbiose.plugins.survey.answer.NumberAnswer;
import org.symbiose.plugins.survey.answer.RankingAnswer;
import org.symbiose.plugins.survey.answer.TextAnswer;
import org.symbiose.plugins.survey.answer.YesNoAnswer;
import org.symbiose.plugins.survey.question.QuestionType;

/**
 * An answer read back from its stored shape ({@link Answer#toJson()}) by its question's type only,
 * without checking it against the question's settings again: it was checked when it was taken,
 * and a manager may since have added a matrix row or narrowed a range, which must not make the
 * responses already in unreadable (for results, exports).
 */
final class StoredAnswer {

    private StoredAnswer() {
    }

    /**
     * @throws MalformedShape at {@code path} when the value is not of the type's stored shape
     */
    static Answer read(QuestionType type, Object json, String path) {
        try {
            return switch (type) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(json, path);
                case YES_NO -> new YesNoAnswer((Boolean) json);
                case SHORT_TEXT, LONG_TEXT -> new TextAnswer((String) json);
                case NUMBER, RATING, NPS -> new NumberAnswer(JsonValues.decimal(json, path));
                case DATE -> new DateAnswer(LocalDate.parse((String) json));
                case MATRIX -> new MatrixAnswer(texts((Map<?, ?>) json));
                case RANKING -> new RankingAnswer(((List<?>) json).stream().map(String.class::cast).toList());
            };
        } catch (ClassCastException | NullPointerException | DateTimeParseException e) {
            throw new MalformedShape(path, "not a stored " + type.key() + " answer");
        }
    }

    @SuppressWarnings("unchecked")
    private static ChoiceAnswer choice(Object json, String path) {
        Map<String, Object> map = (Map<String, Object>) json;
        return new ChoiceAnswer(JsonValues.texts(map, "choices", path), JsonValues.text(map, ChoiceAnswer.OTHER, path));
    }

    private static Map<String, String> texts(Map<?, ?> json) {
        Map<String, String> texts = new LinkedHashMap<>();
        json.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }
}
