package org.symbiose.plugins.survey.question;

import java.util.Arrays;
import java.util.Map;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.MalformedDefinition;

/** The kinds of question, by the {@code type} key they are stored and sent with. */
public enum QuestionType {
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    YES_NO("yes-no"),
    SHORT_TEXT("short-text"),
    LONG_TEXT("long-text"),
    NUMBER("number"),
    DATE("date"),
    RATING("rating"),
    NPS("nps"),
    MATRIX("matrix"),
    RANKING("ranking");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The type stored under {@code key}. */
    public static QuestionType of(String key, String path) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst()
                .orElseThrow(() -> new MalformedDefinition(path, "unknown question type " + key));
    }

    /** The format of a question stored as {@code map} (its type's own fields sit beside the common ones). */
    public static AnswerFormat formatOf(Map<String, Object> map, String path) {
        QuestionType type = of(JsonValues.requiredText(map, "type", path), JsonValues.at(path, "type"));
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
