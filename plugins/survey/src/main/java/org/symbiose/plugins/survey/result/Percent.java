package org.symbiose.plugins.survey.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as charts show them: one decimal, rounded half up, 0 of nothing is 0. */
public final class Percent {

    private Percent() {
    }

    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
