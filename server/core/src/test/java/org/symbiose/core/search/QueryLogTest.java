package org.symbiose.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryLogTest {

    @Test
    void countsOneQueryWhateverItsCaseAndSpaces() {
        assertThat(QueryLog.normalised("  How to  RESET\tmy\npassword ")).isEqualTo("how to reset my password");
        assertThat(QueryLog.normalised(null)).isEmpty();
        assertThat(QueryLog.normalised(" \t ")).isEmpty();
    }

    @Test
    void keepsAtMostTheColumnsWidthWithoutCuttingACharacterInTwo() {
        assertThat(QueryLog.normalised("a".repeat(500))).hasSize(QueryLog.MAX_LENGTH);
        String emoji = "a".repeat(QueryLog.MAX_LENGTH - 1) + "😀";
        assertThat(QueryLog.normalised(emoji)).isEqualTo("a".repeat(QueryLog.MAX_LENGTH - 1));
    }
}
