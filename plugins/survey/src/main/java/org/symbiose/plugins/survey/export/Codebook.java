package org.symbiose.plugins.survey.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.SurveyTexts;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;
import org.symbiose.plugins.survey.answer.DateAnswer;
import org.symbiose.plugins.survey.answer.MatrixAnswer;
import org.symbiose.plugins.survey.answer.NumberAnswer;
import org.symbiose.plugins.survey.answer.RankingAnswer;
import org.symbiose.plugins.survey.answer.TextAnswer;
import org.symbiose.plugins.survey.answer.YesNoAnswer;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.question.Matrix;
import org.symbiose.plugins.survey.question.MultipleChoice;
import org.symbiose.plugins.survey.question.OptionList;
import org.symbiose.plugins.survey.question.Question;
import org.symbiose.plugins.survey.question.Ranking;
import org.symbiose.plugins.survey.question.SingleChoice;

/**
 * The columns of a survey's responses CSV and what each holds. One column per answer field: a
 * question's id for a one-value answer, {@code <id>.<option>} for each option of a multiple
 * choice (1 chosen, 0 not) and of a ranking (its rank), {@code <id>.<row>} for each matrix row
 * (the column's key), {@code <id>.other} for "other" texts. Ids and keys hold no dot, so column
 * names never clash. Codes, not labels, fill the cells: they do not change with the language or
 * a rewording, and the codebook says what they mean in both languages.
 *
 * @param entries one per column, in order
 */
public record Codebook(List<CodebookEntry> entries) {

    static final String RESPONSE = "response";

    public Codebook {
        entries = List.copyOf(entries);
    }

    public static Codebook of(Survey survey) {
        return new Codebook(columns(survey).stream().map(Column::entry).toList());
    }

    public List<String> columnNames() {
        return entries.stream().map(CodebookEntry::column).toList();
    }

    /**
     * The codebook as CSV: a row per code of each column (one row with no code for free values):
     * {@code column,question,type,label_en,label_fr,code,meaning_en,meaning_fr}.
     */
    public String csv() {
        StringBuilder csv = new StringBuilder("column,question,type,label_en,label_fr,code,meaning_en,meaning_fr\r\n");
        for (CodebookEntry entry : entries) {
            List<CodebookValue> values = entry.values().isEmpty()
                    ? List.of(new CodebookValue("", Bilingual.none())) : entry.values();
            for (CodebookValue value : values) {
                csv.append(Stream.of(entry.column(), entry.questionId(), entry.type(), entry.label().en(),
                        entry.label().fr(), value.code(), value.meaning().en(), value.meaning().fr())
                        .map(CsvField::of).collect(Collectors.joining(","))).append("\r\n");
            }
        }
        return csv.toString();
    }

    /** Every column, the response's own first. */
    static List<Column> columns(Survey survey) {
        List<Column> columns = new ArrayList<>();
        for (String own : List.of(RESPONSE, "submitted", "language")) {
            columns.add(new Column(new CodebookEntry(own, null, RESPONSE, SurveyTexts.both("survey.codebook." + own),
                    List.of()), answer -> ""));
        }
        for (Question question : survey.questions()) {
            columns.addAll(columnsOf(question));
        }
        return columns;
    }

    private static List<Column> columnsOf(Question question) {
        String id = question.id();
        return switch (question.format()) {
            case SingleChoice single -> withOther(List.of(column(question, id, Bilingual.none(), singleCodes(single),
                    answer -> ((ChoiceAnswer) answer).choices().get(0))), question, single.otherOffered());
            case MultipleChoice multiple -> withOther(multiple.options().options().stream().map(option -> column(question,
                    id + "." + option.key(), option.label(), chosenCodes(),
                    answer -> ((ChoiceAnswer) answer).chose(option.key()) ? "1" : "0")).toList(),
                    question, multiple.otherOffered());
            case Matrix matrix -> matrix.rows().options().stream().map(row -> column(question, id + "." + row.key(),
                    row.label(), codes(new OptionList(matrix.columns(), false)),
                    answer -> ((MatrixAnswer) answer).rows().get(row.key()))).toList();
            case Ranking ranking -> ranking.options().options().stream().map(option -> column(question,
                    id + "." + option.key(), option.label(), rankCodes(ranking.options().options().size()),
                    answer -> rank((RankingAnswer) answer, option.key()))).toList();
            default -> List.of(column(question, id, Bilingual.none(), valueCodes(question), Codebook::value));
        };
    }

    private static List<Column> withOther(List<Column> columns, Question question, boolean otherOffered) {
        if (!otherOffered) {
            return columns;
        }
        List<Column> all = new ArrayList<>(columns);
        all.add(column(question, question.id() + "." + ChoiceAnswer.OTHER, SurveyTexts.both("survey.codebook.other"),
                List.of(), answer -> ((ChoiceAnswer) answer).other()));
        return all;
    }

    private static Column column(Question question, String name, Bilingual about, List<CodebookValue> values,
            Function<Answer, String> cell) {
        Bilingual label = about.isEmpty() ? question.title()
                : new Bilingual(joined(question.title().en(), about.en()), joined(question.title().fr(), about.fr()));
        return new Column(new CodebookEntry(name, question.id(), question.type().key(), label, values), cell);
    }

    private static String joined(String question, String part) {
        return question == null || part == null ? question : question + " — " + part;
    }

    /** The option's rank, empty in a response older than the option. */
    private static String rank(RankingAnswer answer, String option) {
        int rank = answer.rankOf(option);
        return rank == 0 ? "" : Integer.toString(rank);
    }

    private static String value(Answer answer) {
        return switch (answer) {
            case YesNoAnswer yesNo -> yesNo.key();
            case TextAnswer text -> text.text();
            case NumberAnswer number -> number.value().toPlainString();
            case DateAnswer date -> date.date().toString();
            default -> throw new IllegalStateException("Not a one-value answer: " + answer);
        };
    }

    private static List<CodebookValue> codes(OptionList options) {
        return options.options().stream().map(o -> new CodebookValue(o.key(), o.label())).toList();
    }

    /** The options, and {@code other} when offered: its text is in the {@code .other} column. */
    private static List<CodebookValue> singleCodes(SingleChoice single) {
        List<CodebookValue> codes = new ArrayList<>(codes(single.options()));
        if (single.otherOffered()) {
            codes.add(new CodebookValue(ChoiceAnswer.OTHER, SurveyTexts.both("survey.codebook.other")));
        }
        return codes;
    }

    private static List<CodebookValue> chosenCodes() {
        return List.of(new CodebookValue("1", SurveyTexts.both("survey.codebook.chosen")),
                new CodebookValue("0", SurveyTexts.both("survey.codebook.notChosen")));
    }

    private static List<CodebookValue> rankCodes(int options) {
        return IntStream.rangeClosed(1, options).mapToObj(
                r -> new CodebookValue(Integer.toString(r), SurveyTexts.both("survey.codebook.rank", r))).toList();
    }

    private static List<CodebookValue> valueCodes(Question question) {
        if (question.format().values().isEmpty()) {
            return List.of();
        }
        return List.of(new CodebookValue(YesNoAnswer.YES, SurveyTexts.both("survey.codebook.yes")),
                new CodebookValue(YesNoAnswer.NO, SurveyTexts.both("survey.codebook.no")));
    }
}
