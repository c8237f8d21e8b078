package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap cannot reproduce R's random numbers; its properties are tested instead. The point
 * estimate is R's ({@code r/ipw.R}).
 */
class AdjustedRiskDifferenceTest {

    private static AdjustedRiskDifference onFixture(long seed) {
        int n = IpwFixture.DATA.length;
        int n1 = IpwFixture.ARM_SIZE;
        return AdjustedRiskDifference.bootstrap(IpwFixture.persons(0, n1), IpwFixture.persons(n1, n),
                seed, AdjustedRiskDifference.RESAMPLES);
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
        AdjustedRiskDifference rd = AdjustedRiskDifference.bootstrap(Cells.of(x, ones, IpwFixture.ones(30)),
                Cells.of(x, new int[30], IpwFixture.ones(30)), 7, 200);
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
        AdjustedRiskDifference rd = AdjustedRiskDifference.bootstrap(
                Cells.of(arm, new int[] {1, 0, 1, 1}, IpwFixture.ones(4)),
                Cells.of(ordinary, new int[] {0, 1, 0, 0}, IpwFixture.ones(4)), 1, 50);
        assertEquals(Set.of(AdjustedRiskDifference.Warning.values()), rd.warnings());
        assertEquals("arm under 30 persons; propensities outside [0.05, 0.95]; propensity model did not converge",
                rd.warningText());
        assertTrue(rd.failedResamples() > 0);
    }

    @Test
    void aResampleDrawsEachCellWithItsShareOfPersons() {
        // Cells of 6, 3, 0 and 1 persons: a resample has 10 persons, never in the empty cell,
        // and its counts are Multinomial(10, (0.6, 0.3, 0, 0.1)) with means 10·p = (6, 3, 0, 1).
        // Over 10,000 resamples each mean has sd ≤ √(10·0.6·0.4 / 10,000) ≈ 0.016; 0.1 is 6 sd.
        Cells cells = Cells.of(new double[][] {{0}, {1}, {2}, {3}}, new int[] {0, 1, 0, 1}, new int[] {6, 3, 0, 1});
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        AdjustedRiskDifference.Resampler resampler = new AdjustedRiskDifference.Resampler(cells);
        double[] sums = new double[4];
        for (int b = 0; b < 10_000; b++) {
            Cells resample = resampler.draw(random::nextLong);
            assertEquals(10, resample.persons());
            assertEquals(0, resample.persons(2));
            for (int k = 0; k < 4; k++) {
                sums[k] += resample.persons(k);
            }
        }
        double[] expected = {6, 3, 0, 1};
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], sums[k] / 10_000, 0.1, "cell " + k);
        }
    }

    @Test
    void aRefitThatFailsFromItsStartIsFittedAgainFromRsStart() {
        // a start absurdly far from the maximum (every coefficient 50) sends IRLS to the
        // boundary; the refit then equals the fit from R's start, which is R's estimate (r/ipw.R)
        Cells arm = IpwFixture.persons(0, IpwFixture.ARM_SIZE);
        Cells ordinary = IpwFixture.persons(IpwFixture.ARM_SIZE, IpwFixture.DATA.length);
        CovariatePatterns patterns = CovariatePatterns.of(arm, ordinary);
        double[] far = new double[IpwFixture.prepared().names().size() + 1];
        java.util.Arrays.fill(far, 50);
        assertFalse(Ipw.fit(patterns, arm, ordinary, far).ipw().modelConverged());
        Ipw refit = AdjustedRiskDifference.refit(patterns, arm, ordinary, far);
        assertTrue(refit.modelConverged());
        assertEquals(RGolden.matrix("ipw_estimate.csv", 0, 6)[0][2], refit.estimate(), 1e-10);
    }

    @Test
    void type7PercentileByHand() {
        // h = (4 - 1) * 0.025 = 0.075 -> 1 + 0.075 * (2 - 1); h = 2.925 -> 3 + 0.925 * (4 - 3)
        double[] sorted = {1, 2, 3, 4};
        assertEquals(1.075, AdjustedRiskDifference.quantileType7(sorted, 0.025), 1e-15);
        assertEquals(3.925, AdjustedRiskDifference.quantileType7(sorted, 0.975), 1e-15);
    }
}
