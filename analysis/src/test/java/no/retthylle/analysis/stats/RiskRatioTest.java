package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RiskRatioTest {

    /** Golden values from {@code r/risk_ratio.R}: log method, 0.5 added to every cell when one is zero. */
    @ParameterizedTest
    @CsvFileSource(resources = "/r/risk_ratio.csv", numLinesToSkip = 1)
    void logMethodMatchesRWithHalfAddedWhenACellIsZero(long x1, long n1, long x0, long n0,
                                                        double rr, double low, double high) {
        RiskRatio r = RiskRatio.logMethod(x1, n1, x0, n0);
        assertEquals(rr, r.estimate(), 1e-12 * rr);
        assertEquals(low, r.low(), 1e-9 * low);
        assertEquals(high, r.high(), 1e-9 * high);
    }

    @Test
    void zeroCellCorrectionByHand() {
        // cells 0, 4, 2, 2 -> 0.5, 4.5, 2.5, 2.5: RR = (0.5 / 5) / (2.5 / 5) = 0.2
        assertEquals(0.2, RiskRatio.logMethod(0, 4, 2, 4).estimate(), 1e-15);
    }

    @Test
    void anEmptyGroupGivesNoRatio() {
        RiskRatio r = RiskRatio.logMethod(2, 5, 0, 0);
        assertTrue(Double.isNaN(r.estimate()) && Double.isNaN(r.low()) && Double.isNaN(r.high()));
    }
}
