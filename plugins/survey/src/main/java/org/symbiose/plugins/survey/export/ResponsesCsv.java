package org.symbiose.plugins.survey.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.response.Response;

/**
 * A survey's responses as CSV (RFC 4180, CRLF lines, a header of the {@link Codebook}'s column
 * names): one row per response, one column per answer field, empty cells for questions not
 * answered (skipped or hidden). Respondents' texts are disarmed as formulas ({@link CsvField}).
 */
public final class ResponsesCsv {

    private ResponsesCsv() {
    }

    public static String csv(Survey survey, List<Response> responses) {
        List<Column> columns = Codebook.columns(survey);
        StringBuilder csv = new StringBuilder(columns.stream().map(c -> CsvField.of(c.entry().column()))
                .collect(Collectors.joining(","))).append("\r\n");
        for (Response response : responses) {
            csv.append(String.join(",", row(columns, response))).append("\r\n");
        }
        return csv.toString();
    }

    static List<String> row(List<Column> columns, Response response) {
        List<String> cells = new ArrayList<>();
        cells.add(CsvField.of(response.id()));
        cells.add(CsvField.of(response.submitted().toString()));
        cells.add(CsvField.of(response.language()));
        for (Column column : columns.subList(cells.size(), columns.size())) {
            Answer answer = response.answers().get(column.entry().questionId());
            cells.add(answer == null ? "" : CsvField.of(column.cell().apply(answer)));
        }
        return cells;
    }
}
