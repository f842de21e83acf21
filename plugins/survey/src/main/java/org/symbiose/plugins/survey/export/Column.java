package org.symbiose.plugins.survey.export;

import java.util.function.Function;
import org.symbiose.plugins.survey.answer.Answer;

/**
 * A column of the responses CSV: its codebook entry, and how a cell is written from the
 * question's answer (never called for an unanswered question, whose cells stay empty). Kept
 * together so the codebook cannot describe a column other than the one written.
 *
 * @param entry what it holds
 * @param cell  the cell's text for an answer of its question
 */
record Column(CodebookEntry entry, Function<Answer, String> cell) {
}
