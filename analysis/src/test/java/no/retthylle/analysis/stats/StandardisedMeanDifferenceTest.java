package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Golden values from {@code r/ipw.R} ({@code smd.csv}), on R's prepared covariates and R's propensities. */
class StandardisedMeanDifferenceTest {

    private static final String[] NAMES = {"female", "age_at_arrival", "education", "norwegian", "arrival_year",
        "education_missing", "norwegian_missing"};

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/r/smd.csv", numLinesToSkip = 1)
    void beforeAndAfterWeightingMatchR(String covariate, double before, double after) {
        int column = Arrays.asList(NAMES).indexOf(covariate);
        double[][] x = RGolden.matrix("ipw_prepared.csv", column, column + 1);
        double[][] e = RGolden.matrix("ipw_propensity.csv", 1, 2);
        int n1 = IpwFixture.ARM_SIZE;
        double[] arm = Arrays.stream(x, 0, n1).mapToDouble(r -> r[0]).toArray();
        double[] ordinary = Arrays.stream(x, n1, x.length).mapToDouble(r -> r[0]).toArray();
        double[] weights = Arrays.stream(e, n1, e.length).mapToDouble(r -> r[0] / (1 - r[0])).toArray();
        int[] armPersons = IpwFixture.ones(arm.length);
        int[] ordinaryPersons = IpwFixture.ones(ordinary.length);
        assertEquals(before, StandardisedMeanDifference.unweighted(arm, armPersons, ordinary, ordinaryPersons), 1e-12);
        assertEquals(after, StandardisedMeanDifference.weighted(arm, armPersons, ordinary, ordinaryPersons, weights),
                1e-12);
    }

    @Test
    void byHand() {
        // means 2 and 5, variances 1 and 1 -> (2 - 5) / sqrt((1 + 1) / 2) = -3
        int[] one = {1, 1, 1};
        assertEquals(-3.0, StandardisedMeanDifference.unweighted(new double[] {1, 2, 3}, one,
                new double[] {4, 5, 6}, one), 1e-15);
        // weights 1, 1, 2 -> weighted mean (4 + 5 + 12) / 4 = 5.25 -> -3.25
        assertEquals(-3.25, StandardisedMeanDifference.weighted(
                new double[] {1, 2, 3}, one, new double[] {4, 5, 6}, one, new double[] {1, 1, 2}), 1e-15);
    }

    @Test
    void noSpreadOrTooFewValuesGiveNaN() {
        int[] one = {1, 1};
        assertTrue(Double.isNaN(StandardisedMeanDifference.unweighted(new double[] {1, 1}, one,
                new double[] {1, 1}, one)));
        assertTrue(Double.isNaN(StandardisedMeanDifference.unweighted(new double[] {1}, new int[] {1},
                new double[] {1, 2}, one)));
    }
}
