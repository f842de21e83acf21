package org.symbiose.plugins.survey.result;

import java.util.List;

/**
 * One question's chart data, in one language: the parts its type has, the others null.
 *
 * @param id       the question
 * @param type     its type's key ({@code single-choice}, …)
 * @param title    its title in the reader's language
 * @param answered how many responses answer it
 * @param shares   bars of choices, yes/no, ratings and NPS points
 * @param nps      the net promoter score's parts
 * @param number   a number question's mean
 * @param matrix   a matrix's counts per row and column
 * @param ranks    a ranking's mean rank per option
 */
public record QuestionResult(String id, String type, String title, long answered, List<Share> shares,
        NpsScore nps, NumberSummary number, MatrixTable matrix, List<AverageRank> ranks) {
}
