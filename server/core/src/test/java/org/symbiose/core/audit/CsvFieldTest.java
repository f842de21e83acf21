package org.symbiose.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFieldTest {

    @Test
    void plainValuesStayAsTheyAre() {
        assertThat(CsvField.of("spam")).isEqualTo("spam");
        assertThat(CsvField.of("")).isEmpty();
        assertThat(CsvField.of(null)).isEmpty();
        assertThat(CsvField.of("a=b")).isEqualTo("a=b");
    }

    @Test
    void aFormulaOnOneLineIsDefused() {
        assertThat(CsvField.of("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvField.of("+1")).isEqualTo("'+1");
        assertThat(CsvField.of("-1")).isEqualTo("'-1");
        assertThat(CsvField.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void aFormulaOverSeveralLinesIsDefusedAndQuoted() {
        assertThat(CsvField.of("=HYPERLINK(\"http://evil\")\nsecond line"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\nsecond line\"");
        assertThat(CsvField.of("@cmd\r\nmore")).isEqualTo("\"'@cmd\r\nmore\"");
    }

    @Test
    void aLeadingTabOrCarriageReturnIsDefused() {
        assertThat(CsvField.of("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvField.of("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void commasAndQuotesAreQuoted() {
        assertThat(CsvField.of("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
    }
}
