package org.symbiose.plugins.survey.result;

import java.math.BigDecimal;
import java.util.List;
import org.symbiose.plugins.survey.question.Matrix;
import org.symbiose.plugins.survey.question.Question;

/**
 * A matrix question's results as the table it is shown as: a row per statement, a column per
 * point of the scale, each cell the number of respondents who put that row there.
 *
 * @param questionId the question
 * @param rows       row keys, in the manager's order
 * @param columns    column keys, in the scale's order
 * @param counts     {@code counts.get(row).get(column)}
 */
public record MatrixTable(String questionId, List<String> rows, List<String> columns, List<List<Long>> counts) {

    public MatrixTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        counts = counts.stream().map(List::copyOf).toList();
    }

    public static MatrixTable of(Tally tally, Question question) {
        Matrix matrix = (Matrix) question.format();
        List<String> rows = matrix.rows().keys();
        List<String> columns = matrix.columnKeys();
        List<List<Long>> counts = rows.stream().map(row -> columns.stream()
                .map(column -> tally.count(TallyDeltas.key(question.id(), row, column))).toList()).toList();
        return new MatrixTable(question.id(), rows, columns, counts);
    }

    public long count(String row, String column) {
        return counts.get(rows.indexOf(row)).get(columns.indexOf(column));
    }

    /** The cell's share of its row, one decimal: each row adds up to about 100. */
    public BigDecimal rowPercent(String row, String column) {
        long rowTotal = counts.get(rows.indexOf(row)).stream().mapToLong(Long::longValue).sum();
        return Percent.of(count(row, column), rowTotal);
    }
}
