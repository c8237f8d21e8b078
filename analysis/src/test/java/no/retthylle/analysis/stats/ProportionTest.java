package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;

class ProportionTest {

    /** Golden values from {@code r/prop_test.R}: R {@code prop.test(x, n, correct = FALSE)}. */
    @ParameterizedTest
    @CsvFileSource(resources = "/r/prop_test.csv", numLinesToSkip = 1)
    void wilsonMatchesRPropTestWithoutCorrection(long x, long n, double rate, double low, double high) {
        Proportion p = Proportion.wilson(x, n);
        assertEquals(rate, p.rate(), 1e-12);
        assertEquals(low, p.low(), 1e-9);
        assertEquals(high, p.high(), 1e-9);
    }

    @Test
    void zeroTrialsGiveNoRateAndNoInterval() {
        Proportion p = Proportion.wilson(0, 0);
        assertTrue(Double.isNaN(p.rate()) && Double.isNaN(p.low()) && Double.isNaN(p.high()));
    }
}
