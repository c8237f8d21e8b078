package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RiskDifferenceTest {

    /** Golden values from {@code r/risk_difference.R}: Newcombe method 10 written out in R. */
    @ParameterizedTest
    @CsvFileSource(resources = "/r/risk_difference.csv", numLinesToSkip = 1)
    void newcombeHybridScoreIntervalMatchesR(long x1, long n1, long x0, long n0, double rd, double low, double high) {
        RiskDifference d = RiskDifference.newcombe(x1, n1, x0, n0);
        assertEquals(rd, d.estimate(), 1e-12);
        assertEquals(low, d.low(), 1e-9);
        assertEquals(high, d.high(), 1e-9);
    }

    @Test
    void anEmptyGroupGivesNoDifference() {
        RiskDifference d = RiskDifference.newcombe(0, 0, 3, 9);
        assertTrue(Double.isNaN(d.estimate()) && Double.isNaN(d.low()) && Double.isNaN(d.high()));
    }
}
