package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap cannot reproduce R's random numbers; its properties are tested instead. The point
 * estimate is R's ({@code r/ipw.R}).
 */
class AdjustedRiskDifferenceTest {

    private static AdjustedRiskDifference onFixture(long seed) {
        CovariateMatrix x = IpwFixture.prepared();
        int n = IpwFixture.DATA.length;
        int n1 = IpwFixture.ARM_SIZE;
        return AdjustedRiskDifference.bootstrap(x.rows(0, n1), IpwFixture.outcomes(0, n1),
                x.rows(n1, n), IpwFixture.outcomes(n1, n), seed, AdjustedRiskDifference.RESAMPLES);
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        assertEquals(onFixture(AdjustedRiskDifference.SEED), onFixture(AdjustedRiskDifference.SEED));
    }

    @Test
    void intervalContainsTheREstimateOnAWellBehavedFixture() {
        double rEstimate = RGolden.matrix("ipw_estimate.csv", 0, 6)[0][2];
        AdjustedRiskDifference rd = onFixture(AdjustedRiskDifference.SEED);
        assertEquals(rEstimate, rd.estimate(), 1e-10);
        assertTrue(rd.low() < rd.estimate() && rd.estimate() < rd.high(), rd.toString());
        assertEquals(Set.of(), rd.warnings(), rd.warningText());
    }

    @Test
    void everyoneInTheArmWithAJobAndNoOneInOrdinaryGivesOneAndAPointInterval() {
        // every resample has arm rate 1 and weighted ordinary rate 0, whatever the weights
        double[][] x = new double[30][];
        int[] ones = new int[30];
        for (int i = 0; i < 30; i++) {
            x[i] = new double[] {i % 7, (i * 3) % 5};
            ones[i] = 1;
        }
        AdjustedRiskDifference rd = AdjustedRiskDifference.bootstrap(x, ones, x, new int[30], 7, 200);
        assertEquals(1.0, rd.estimate(), 0);
        assertEquals(1.0, rd.low(), 0);
        assertEquals(1.0, rd.high(), 0);
        assertEquals(Set.of(), rd.warnings());
    }

    @Test
    void smallArmsSeparationAndExtremePropensitiesAreWarned() {
        // x separates the arms completely: e near 1 in the arm, near 0 in ordinary
        double[][] arm = {{5}, {6}, {7}, {8}};
        double[][] ordinary = {{1}, {2}, {3}, {4}};
        AdjustedRiskDifference rd = AdjustedRiskDifference.bootstrap(arm, new int[] {1, 0, 1, 1}, ordinary,
                new int[] {0, 1, 0, 0}, 1, 50);
        assertEquals(Set.of(AdjustedRiskDifference.Warning.values()), rd.warnings());
        assertEquals("arm under 30 persons; propensities outside [0.05, 0.95]; propensity model did not converge",
                rd.warningText());
        assertTrue(rd.failedResamples() > 0);
    }

    @Test
    void type7PercentileByHand() {
        // h = (4 - 1) * 0.025 = 0.075 -> 1 + 0.075 * (2 - 1); h = 2.925 -> 3 + 0.925 * (4 - 3)
        double[] sorted = {1, 2, 3, 4};
        assertEquals(1.075, AdjustedRiskDifference.quantileType7(sorted, 0.025), 1e-15);
        assertEquals(3.925, AdjustedRiskDifference.quantileType7(sorted, 0.975), 1e-15);
    }
}
