package org.symbiose.plugins.survey.logic;

import org.symbiose.plugins.survey.DashedName;

/** How a condition compares an earlier answer, by the key it is stored with. */
public enum Operator implements DashedName {
    /** The answer is this value (for a multiple choice: this option is among those chosen). */
    EQUALS,
    /** The answer is one of these values (multiple choice: one of them is chosen). */
    AMONG,
    /** The number, rating, score or day is above this one. */
    GREATER_THAN,
    /** The question has an answer, whatever it is. */
    ANSWERED
}
