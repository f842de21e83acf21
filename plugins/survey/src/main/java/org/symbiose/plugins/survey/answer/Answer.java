package org.symbiose.plugins.survey.answer;

/**
 * One question's answer once read and checked against its question: typed, so that logic,
 * results and exports never parse JSON again. {@link #toJson()} is its stored shape, which the
 * question's format reads back.
 */
public sealed interface Answer permits ChoiceAnswer, YesNoAnswer, TextAnswer, NumberAnswer, DateAnswer, MatrixAnswer,
        RankingAnswer {

    /** Its JSON value: a text, number, boolean, list or map. */
    Object toJson();
}
