package org.symbiose.plugins.survey.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvFieldTest {

    /** Each value and the field written for it. */
    private static final Map<String, String> WRITTEN = new LinkedHashMap<>();

    static {
        // RFC 4180: quoted only when holding a comma, a quote or a line break
        WRITTEN.put("plain", "plain");
        WRITTEN.put("", "");
        WRITTEN.put("a, b", "\"a, b\"");
        WRITTEN.put("say \"hi\"", "\"say \"\"hi\"\"\"");
        WRITTEN.put("two\nlines", "\"two\nlines\"");
        WRITTEN.put("two\r\nlines", "\"two\r\nlines\"");
        // what a spreadsheet would run is prefixed with a quote mark
        WRITTEN.put("=SUM(A1)", "'=SUM(A1)");
        WRITTEN.put("+33 6 12", "'+33 6 12");
        WRITTEN.put("@cmd", "'@cmd");
        WRITTEN.put("-1+2", "'-1+2");
        WRITTEN.put("\t=1+2", "'\t=1+2");
        WRITTEN.put("\r=1", "\"'\r=1\"");
        WRITTEN.put("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"");
        // numbers, negative and decimal ones too, are left alone
        WRITTEN.put("-3", "-3");
        WRITTEN.put("-1.5", "-1.5");
    }

    @Test
    void eachValueIsWrittenAsExpected() {
        WRITTEN.forEach((value, field) -> assertEquals(field, CsvField.of(value), value));
        assertEquals("", CsvField.of(null));
    }
}
