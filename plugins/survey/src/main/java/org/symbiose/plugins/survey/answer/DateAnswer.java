package org.symbiose.plugins.survey.answer;

import java.time.LocalDate;

/** A calendar day, without time or zone: a survey asks "when", not "at what instant". */
public record DateAnswer(LocalDate date) implements Answer {

    @Override
    public Object toJson() {
        return date.toString();
    }
}
