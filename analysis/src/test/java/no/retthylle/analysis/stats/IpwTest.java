package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Golden values from {@code r/ipw.R}: glm propensity, weights e/(1 − e) for ordinary, weighted mean. */
class IpwTest {

    private static Ipw fixtureEstimate() {
        int n = IpwFixture.DATA.length;
        int n1 = IpwFixture.ARM_SIZE;
        return Ipw.estimate(IpwFixture.persons(0, n1), IpwFixture.persons(n1, n));
    }

    @Test
    void adjustedRiskDifferenceMatchesRGlmAndWeightedMean() {
        double[] r = RGolden.matrix("ipw_estimate.csv", 0, 6)[0];
        Ipw ipw = fixtureEstimate();
        assertEquals(r[0], ipw.armRate(), 1e-12);
        assertEquals(r[1], ipw.weightedOrdinaryRate(), 1e-10);
        assertEquals(r[2], ipw.estimate(), 1e-10);
        assertEquals(r[3], ipw.minPropensity(), 1e-10);
        assertEquals(r[4], ipw.maxPropensity(), 1e-10);
        assertTrue(ipw.modelConverged());
    }

    @Test
    void ordinaryWeightsAreOddsOfRPropensities() {
        double[][] e = RGolden.matrix("ipw_propensity.csv", 1, 2);
        double[] w = fixtureEstimate().ordinaryWeights();
        for (int i = 0; i < w.length; i++) {
            double p = e[IpwFixture.ARM_SIZE + i][0];
            assertEquals(p / (1 - p), w[i], 1e-9, "ordinary person " + i);
        }
    }

    @Test
    void anEmptyArmGivesNoEstimate() {
        Ipw ipw = Ipw.estimate(Cells.of(new double[0][], new int[0], new int[0]),
                Cells.of(new double[][] {{1}, {2}}, new int[] {0, 1}, new int[] {1, 1}));
        assertTrue(Double.isNaN(ipw.estimate()));
    }
}
