package no.retthylle.analysis.stats;

/**
 * Inverse-probability-weighted risk difference of an arm against the ordinary programme
 * (metrics.md, Adjustment), point estimate only (the interval is
 * {@link AdjustedRiskDifference}).
 *
 * <p>The propensity e = P(arm | x) comes from {@link LogisticRegression} of the arm indicator
 * (1 = the arm, 0 = ordinary) on the covariates of both arms' cells, fitted on their distinct
 * covariate patterns as binomial rows ({@link CovariatePatterns}: the same fit as on the
 * persons). Weights are 1 for the arm and e ÷ (1 − e) for
 * ordinary (weighting ordinary to the arm's covariate mix, the effect on the treated), and
 * rd_adj = the arm's rate − Σ nₖwₖyₖ ÷ Σ nₖwₖ over ordinary's cells, which is Σ wᵢyᵢ ÷ Σ wᵢ over
 * its persons. Matches R {@code glm(arm ~ ., family = binomial)} followed by the weighted mean
 * (golden in {@code r/ipw.R}), on persons or on cells. Edge case: an arm without persons gives
 * NaN throughout, with no model fitted.
 *
 * @param estimate rd_adj
 * @param armRate the arm's crude rate
 * @param weightedOrdinaryRate the weighted rate of ordinary
 * @param minPropensity the smallest e over the covariate patterns with persons
 * @param maxPropensity the largest e
 * @param ordinaryWeights e ÷ (1 − e) for each ordinary cell (per person in it), in input order
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
     * @param arm the arm's cells (covariates prepared by {@link CovariateMatrix})
     * @param ordinary ordinary's cells, same columns
     */
    public static Ipw estimate(Cells arm, Cells ordinary) {
        return fit(CovariatePatterns.of(arm, ordinary), arm, ordinary, null).ipw();
    }

    /** An estimate with the coefficients of its propensity model. */
    record Fit(Ipw ipw, double[] coefficients) {
    }

    /**
     * The estimate on cells whose covariate patterns are given (the same cells, or a bootstrap
     * resample of them: the same rows with other counts).
     *
     * @param start the propensity model's start ({@link LogisticRegression#fit(double[][], double[], double[], double[])}),
     *     null for R's
     */
    static Fit fit(CovariatePatterns patterns, Cells arm, Cells ordinary, double[] start) {
        int c0 = ordinary.cells();
        if (arm.persons() == 0 || ordinary.persons() == 0) {
            return new Fit(new Ipw(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, new double[c0], false),
                    new double[0]);
        }
        double[] trials = patterns.allPersons(arm, ordinary);
        LogisticRegression model = LogisticRegression.fit(patterns.columns(), patterns.armPersons(arm), trials, start);
        double[] e = model.fitted();
        double[] weights = new double[c0];
        double weighted = 0;
        double weightSum = 0;
        for (int i = 0; i < c0; i++) {
            double propensity = e[patterns.ofOrdinaryCell(i)];
            weights[i] = propensity / (1 - propensity);
            weighted += ordinary.persons(i) * weights[i] * ordinary.outcome(i);
            weightSum += ordinary.persons(i) * weights[i];
        }
        double armRate = arm.rate();
        Ipw ipw = new Ipw(armRate - weighted / weightSum, armRate, weighted / weightSum,
                min(e, trials), max(e, trials), weights, model.converged() && !model.fittedZeroOrOne());
        return new Fit(ipw, model.coefficients());
    }

    private static double min(double[] e, double[] n) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < e.length; i++) {
            m = n[i] > 0 ? Math.min(m, e[i]) : m;
        }
        return m;
    }

    private static double max(double[] e, double[] n) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < e.length; i++) {
            m = n[i] > 0 ? Math.max(m, e[i]) : m;
        }
        return m;
    }
}
