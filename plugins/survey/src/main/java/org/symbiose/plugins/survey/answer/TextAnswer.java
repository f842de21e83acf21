package org.symbiose.plugins.survey.answer;

/** What a respondent wrote in a short or long text question, stripped. */
public record TextAnswer(String text) implements Answer {

    @Override
    public Object toJson() {
        return text;
    }
}
