package org.symbiose.plugins.survey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NpsScoreTest {

    @Test
    void promotersMinusDetractorsInPercent() {
        // 0..10 once each: 2 promoters (9, 10), 2 passives (7, 8), 7 detractors (0-6)
        Map<String, Long> counts = new HashMap<>();
        for (int point = 0; point <= 10; point++) {
            counts.put("nps:" + point, 1L);
        }
        NpsScore score = NpsScore.of(new Tally(counts), "nps");
        assertEquals(new NpsScore(2, 2, 7), score);
        assertEquals(11, score.total());
        assertEquals(new BigDecimal("18.2"), score.promotersPercent());
        assertEquals(new BigDecimal("18.2"), score.passivesPercent());
        assertEquals(new BigDecimal("63.6"), score.detractorsPercent());
        assertEquals(new BigDecimal("-45.5"), score.score(), "(2 - 7) / 11, rounded once");
    }

    @Test
    void extremesAndNobody() {
        assertEquals(new BigDecimal("100.0"), new NpsScore(4, 0, 0).score());
        assertEquals(new BigDecimal("-100.0"), new NpsScore(0, 0, 3).score());
        assertEquals(new BigDecimal("0.0"), new NpsScore(0, 5, 0).score());
        assertEquals(new BigDecimal("0.0"), new NpsScore(0, 0, 0).score());
        assertEquals(new BigDecimal("25.0"), new NpsScore(50, 25, 25).score());
    }
}
