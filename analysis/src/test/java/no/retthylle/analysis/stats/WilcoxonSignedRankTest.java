package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class WilcoxonSignedRankTest {

    private static double[] values(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    /** Golden values from {@code r/wilcox_test.R}: R {@code wilcox.test(final, baseline, paired = TRUE)}. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/r/wilcox_test.csv", numLinesToSkip = 1)
    void pValueAndMethodMatchRWilcoxTest(String name, String after, String before, int exact, double p) {
        WilcoxonSignedRank w = WilcoxonSignedRank.paired(values(after), values(before));
        assertEquals(exact == 1, w.exact(), name);
        assertEquals(p, w.pValue(), 1e-12, name);
    }

    @Test
    void fewerThanTwoPairsGiveNoPValue() {
        assertTrue(Double.isNaN(WilcoxonSignedRank.paired(new double[] {4}, new double[] {2}).pValue()));
        assertTrue(Double.isNaN(WilcoxonSignedRank.paired(new double[0], new double[0]).pValue()));
    }

    @Test
    void statisticIsTheSumOfPositiveRanks() {
        // d = 2, -1, 3 -> ranks of |d| 2, 1, 3 -> V = 2 + 3
        assertEquals(5.0, WilcoxonSignedRank.paired(new double[] {4, 1, 6}, new double[] {2, 2, 3}).statistic(), 0);
    }
}
