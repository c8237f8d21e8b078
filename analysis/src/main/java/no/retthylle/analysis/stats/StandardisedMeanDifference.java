package no.retthylle.analysis.stats;

import java.util.Arrays;

/**
 * Standardised mean difference of a covariate between the arm and the comparison (metrics.md,
 * balance.csv): SMD = (mean_arm − mean_comparison) ÷ √((s²_arm + s²_comparison) ÷ 2), where
 * after weighting mean_comparison = Σ wᵢxᵢ ÷ Σ wᵢ, and the denominator uses the unweighted
 * sample variances (n − 1) both before and after weighting. Matches the formula written out
 * in R ({@code r/ipw.R}, {@code var()} and {@code mean()}).
 *
 * <p>Edge cases: a group with fewer than 2 values (variance undefined, R {@code NA}) or a
 * pooled standard deviation of 0 (R would give NaN or ±Inf) gives NaN, written empty.
 */
public final class StandardisedMeanDifference {

    private StandardisedMeanDifference() {
    }

    /** The SMD before weighting. */
    public static double unweighted(double[] arm, double[] comparison) {
        double[] ones = new double[comparison.length];
        Arrays.fill(ones, 1);
        return weighted(arm, comparison, ones);
    }

    /** The SMD with the comparison's mean weighted by {@code comparisonWeights} (e.g. {@link Ipw#ordinaryWeights()}). */
    public static double weighted(double[] arm, double[] comparison, double[] comparisonWeights) {
        if (comparison.length != comparisonWeights.length) {
            throw new IllegalArgumentException("one weight per comparison value");
        }
        if (arm.length < 2 || comparison.length < 2) {
            return Double.NaN;
        }
        double weightedSum = 0;
        double weightSum = 0;
        for (int i = 0; i < comparison.length; i++) {
            weightedSum += comparisonWeights[i] * comparison[i];
            weightSum += comparisonWeights[i];
        }
        double pooled = Math.sqrt((variance(arm) + variance(comparison)) / 2);
        if (pooled == 0) {
            return Double.NaN;
        }
        return (mean(arm) - weightedSum / weightSum) / pooled;
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Sample variance with n − 1, two-pass. */
    private static double variance(double[] x) {
        double m = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += (v - m) * (v - m);
        }
        return sum / (x.length - 1);
    }
}
