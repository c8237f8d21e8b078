package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CovariateMatrixTest {

    private static final double NA = Double.NaN;

    @Test
    void missingValuesTakeTheMeanOfTheOthersAndGetAnIndicator() {
        CovariateMatrix m = CovariateMatrix.withMissingIndicators(List.of("age", "education", "female"),
                new double[][] {{30, 2, 1}, {NA, 4, 0}, {40, NA, 1}, {NA, 6, 0}}, IpwFixture.ones(4));
        assertEquals(List.of("age", "education", "female", "age_missing", "education_missing"), m.names());
        // age: mean of 30 and 40 = 35; education: mean of 2, 4, 6 = 4
        assertArrayEquals(new double[][] {
            {30, 2, 1, 0, 0}, {35, 4, 0, 1, 0}, {40, 4, 1, 0, 1}, {35, 6, 0, 1, 0}}, m.values());
    }

    @Test
    void aColumnMissingForEveryoneIsDropped() {
        CovariateMatrix m = CovariateMatrix.withMissingIndicators(List.of("a", "b"), new double[][] {{1, NA}, {2, NA}}, IpwFixture.ones(2));
        assertEquals(List.of("a"), m.names());
        assertArrayEquals(new double[][] {{1}, {2}}, m.values());
    }

    @Test
    void preparedFixtureMatchesR() {
        double[][] expected = RGolden.matrix("ipw_prepared.csv", 0, 7);
        CovariateMatrix m = IpwFixture.prepared();
        assertEquals(List.of("female", "age_at_arrival", "education", "norwegian", "arrival_year",
                "education_missing", "norwegian_missing"), m.names());
        double[][] actual = m.values();
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-12, "row " + i);
        }
    }
}
