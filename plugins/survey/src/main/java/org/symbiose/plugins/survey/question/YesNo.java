package org.symbiose.plugins.survey.question;

import java.util.Set;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.answer.YesNoAnswer;

/** A yes or a no, sent as {@code true} or {@code false}. */
public record YesNo() implements AnswerFormat {

    @Override
    public QuestionType type() {
        return QuestionType.YES_NO;
    }

    @Override
    public AnswerCheck read(Object json) {
        return json instanceof Boolean yes ? AnswerCheck.accepted(new YesNoAnswer(yes))
                : AnswerCheck.refused(ProblemCode.WRONG_KIND);
    }

    @Override
    public Set<String> values() {
        return Set.of(YesNoAnswer.YES, YesNoAnswer.NO);
    }
}
