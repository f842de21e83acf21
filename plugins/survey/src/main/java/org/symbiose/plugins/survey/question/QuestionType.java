package org.symbiose.plugins.survey.question;

import java.util.Map;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.DashedName;

/** The kinds of question, by the {@code type} key they are stored and sent with. */
public enum QuestionType implements DashedName {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    YES_NO,
    SHORT_TEXT,
    LONG_TEXT,
    NUMBER,
    DATE,
    RATING,
    NPS,
    MATRIX,
    RANKING;

    /** The format of a question stored as {@code map} (its type's own fields sit beside the common ones). */
    public static AnswerFormat formatOf(Map<String, Object> map, String path) {
        QuestionType type = DashedName.of(QuestionType.class, JsonValues.requiredText(map, "type", path), JsonValues.at(path, "type"));
        return switch (type) {
            case SINGLE_CHOICE -> SingleChoice.fromMap(map, path);
            case MULTIPLE_CHOICE -> MultipleChoice.fromMap(map, path);
            case YES_NO -> new YesNo();
            case SHORT_TEXT, LONG_TEXT -> FreeText.fromMap(type, map, path);
            case NUMBER -> NumberRange.fromMap(map, path);
            case DATE -> DateRange.fromMap(map, path);
            case RATING -> RatingScale.fromMap(map, path);
            case NPS -> new NetPromoter();
            case MATRIX -> Matrix.fromMap(map, path);
            case RANKING -> Ranking.fromMap(map, path);
        };
    }
}
