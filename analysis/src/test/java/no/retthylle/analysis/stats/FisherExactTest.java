package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class FisherExactTest {

    /** Golden values from {@code r/fisher_test.R}: R {@code fisher.test(matrix(...))$p.value}, tied tables included. */
    @ParameterizedTest
    @CsvFileSource(resources = "/r/fisher_test.csv", numLinesToSkip = 1)
    void twoSidedPMatchesRFisherTest(int x1, int n1, int x0, int n0, double p) {
        assertEquals(p, FisherExact.twoSidedP(x1, n1, x0, n0), 1e-12);
    }

    @Test
    void anEmptyRowGivesOneAsR() {
        // R: fisher.test(matrix(c(0, 3, 0, 4), 2))$p.value is 1
        assertEquals(1.0, FisherExact.twoSidedP(0, 0, 3, 7), 0);
    }
}
