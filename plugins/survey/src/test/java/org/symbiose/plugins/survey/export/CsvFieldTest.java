package org.symbiose.plugins.survey.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvFieldTest {

    @Test
    void fieldsAreQuotedWhenTheyMustBe() {
        assertEquals("plain", CsvField.of("plain"));
        assertEquals("", CsvField.of(null));
        assertEquals("\"a, b\"", CsvField.of("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvField.of("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvField.of("two\nlines"));
        assertEquals("\"two\r\nlines\"", CsvField.of("two\r\nlines"));
    }

    @Test
    void formulasAreDisarmedButNumbersKept() {
        assertEquals("'=SUM(A1)", CsvField.of("=SUM(A1)"));
        assertEquals("'+33 6 12", CsvField.of("+33 6 12"));
        assertEquals("'@cmd", CsvField.of("@cmd"));
        assertEquals("'-1+2", CsvField.of("-1+2"));
        assertEquals("'\t=1+2", CsvField.of("\t=1+2"));
        assertEquals("\"'\r=1\"", CsvField.of("\r=1"));
        assertEquals("-3", CsvField.of("-3"));
        assertEquals("-1.5", CsvField.of("-1.5"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvField.of("=HYPERLINK(\"x\")"));
    }
}
