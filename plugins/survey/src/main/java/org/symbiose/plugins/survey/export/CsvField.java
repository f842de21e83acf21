package org.symbiose.plugins.survey.export;

import java.util.regex.Pattern;

/**
 * One CSV field as the ideas export writes it (RFC 4180 quoting; a text a spreadsheet would run as
 * a formula gets a leading quote mark), with two more cases a survey needs: respondents' numbers
 * may be decimals ({@code -1.5} stays a number), and a text starting with a tab or a carriage
 * return is disarmed too, as spreadsheets skip them before looking for a formula.
 */
final class CsvField {

    /** A plain number: written as is, even when it starts with a minus. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvField() {
    }

    static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean formula = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
        String text = formula ? "'" + value : value;
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
