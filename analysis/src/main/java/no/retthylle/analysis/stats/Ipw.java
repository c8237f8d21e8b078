package no.retthylle.analysis.stats;

/**
 * Inverse-probability-weighted risk difference of an arm against the ordinary programme
 * (metrics.md, Adjustment), point estimate only (the interval is
 * {@link AdjustedRiskDifference}).
 *
 * <p>The propensity e = P(arm | x) comes from {@link LogisticRegression} of the arm indicator
 * (1 = the arm, 0 = ordinary) on the covariates of both arms' persons (arm rows first). Weights
 * are 1 for the arm and e ÷ (1 − e) for ordinary (weighting ordinary to the arm's covariate
 * mix, the effect on the treated), and rd_adj = the arm's rate − Σ wᵢyᵢ ÷ Σ wᵢ over ordinary.
 * Matches R {@code glm(arm ~ ., family = binomial)} followed by the weighted mean (golden in
 * {@code r/ipw.R}). Edge case: an empty arm gives NaN throughout, with no model fitted.
 *
 * @param estimate rd_adj
 * @param armRate the arm's crude rate
 * @param weightedOrdinaryRate the weighted rate of ordinary
 * @param minPropensity the smallest e over both arms' persons
 * @param maxPropensity the largest e
 * @param ordinaryWeights e ÷ (1 − e) for each ordinary person, in input order
 * @param modelConverged whether the propensity model converged without fitted probabilities
 *     numerically 0 or 1 (separation)
 */
public record Ipw(double estimate, double armRate, double weightedOrdinaryRate, double minPropensity,
                  double maxPropensity, double[] ordinaryWeights, boolean modelConverged) {

    /** Copies the weights, so the record stays immutable. */
    public Ipw {
        ordinaryWeights = ordinaryWeights.clone();
    }

    @Override
    public double[] ordinaryWeights() {
        return ordinaryWeights.clone();
    }

    /**
     * @param xArm covariates of the arm's persons (prepared by {@link CovariateMatrix})
     * @param yArm their outcomes, 0 or 1
     * @param xOrdinary covariates of the ordinary persons, same columns
     * @param yOrdinary their outcomes
     */
    public static Ipw estimate(double[][] xArm, int[] yArm, double[][] xOrdinary, int[] yOrdinary) {
        int n1 = yArm.length;
        int n0 = yOrdinary.length;
        if (n1 == 0 || n0 == 0) {
            return new Ipw(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, new double[n0], false);
        }
        double[][] x = new double[n1 + n0][];
        int[] arm = new int[n1 + n0];
        for (int i = 0; i < n1; i++) {
            x[i] = xArm[i];
            arm[i] = 1;
        }
        System.arraycopy(xOrdinary, 0, x, n1, n0);
        LogisticRegression model = LogisticRegression.fit(x, arm);
        double[] e = model.fitted();
        double[] weights = new double[n0];
        double weighted = 0;
        double weightSum = 0;
        for (int i = 0; i < n0; i++) {
            weights[i] = e[n1 + i] / (1 - e[n1 + i]);
            weighted += weights[i] * yOrdinary[i];
            weightSum += weights[i];
        }
        double armRate = mean(yArm);
        return new Ipw(armRate - weighted / weightSum, armRate, weighted / weightSum,
                min(e), max(e), weights, model.converged() && !model.fittedZeroOrOne());
    }

    private static double mean(int[] y) {
        double sum = 0;
        for (int v : y) {
            sum += v;
        }
        return sum / y.length;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
