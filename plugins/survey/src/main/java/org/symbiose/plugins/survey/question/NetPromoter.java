package org.symbiose.plugins.survey.question;


/**
 * "How likely are you to recommend …", 0 to 10: the fixed scale the Net Promoter Score is defined
 * on, so it has no settings (see {@code result.NpsScore}).
 */
public record NetPromoter() implements AnswerFormat {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 10;

    @Override
    public QuestionType type() {
        return QuestionType.NPS;
    }

    @Override
    public AnswerCheck read(Object json) {
        return ScalePoint.read(json, LOWEST, HIGHEST);
    }
}
