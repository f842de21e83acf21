package org.symbiose.plugins.survey.answer;

/** A yes or a no; conditions and results name them {@value #YES} and {@value #NO}. */
public record YesNoAnswer(boolean yes) implements Answer {

    public static final String YES = "yes";
    public static final String NO = "no";

    /** {@value #YES} or {@value #NO}. */
    public String key() {
        return yes ? YES : NO;
    }

    @Override
    public Object toJson() {
        return yes;
    }
}
