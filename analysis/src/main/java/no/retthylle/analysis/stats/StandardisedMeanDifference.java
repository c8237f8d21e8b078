package no.retthylle.analysis.stats;

import java.util.Arrays;

/**
 * Standardised mean difference of a covariate between the arm and the comparison (metrics.md,
 * balance.csv): SMD = (mean_arm − mean_comparison) ÷ √((s²_arm + s²_comparison) ÷ 2), where
 * after weighting mean_comparison = Σ wᵢxᵢ ÷ Σ wᵢ, and the denominator uses the unweighted
 * sample variances (n − 1) both before and after weighting. Matches the formula written out
 * in R ({@code r/ipw.R}, {@code var()} and {@code mean()}).
 *
 * <p>Values come as cells ({@link Cells}): value xₖ held by nₖ persons. Means and variances are
 * over persons, mean = Σ nₖxₖ ÷ N and s² = Σ nₖ(xₖ − mean)² ÷ (N − 1) with N = Σ nₖ; after
 * weighting each comparison cell weighs nₖwₖ. All this equals the formulas on the persons
 * written out one value each (nₖ = 1 for person-level values).
 *
 * <p>Edge cases: a group with fewer than 2 persons (variance undefined, R {@code NA}) or a
 * pooled standard deviation of 0 (R would give NaN or ±Inf) gives NaN, written empty.
 */
public final class StandardisedMeanDifference {

    private StandardisedMeanDifference() {
    }

    /** The SMD before weighting; {@code armPersons[k]} persons have value {@code arm[k]}, likewise for the comparison. */
    public static double unweighted(double[] arm, int[] armPersons, double[] comparison, int[] comparisonPersons) {
        double[] ones = new double[comparison.length];
        Arrays.fill(ones, 1);
        return weighted(arm, armPersons, comparison, comparisonPersons, ones);
    }

    /**
     * The SMD with each comparison person weighted by its cell's {@code comparisonWeights} entry
     * (e.g. {@link Ipw#ordinaryWeights()}).
     */
    public static double weighted(double[] arm, int[] armPersons, double[] comparison, int[] comparisonPersons,
                                  double[] comparisonWeights) {
        if (comparison.length != comparisonWeights.length || comparison.length != comparisonPersons.length
                || arm.length != armPersons.length) {
            throw new IllegalArgumentException("one count of persons and one weight per comparison value");
        }
        if (total(armPersons) < 2 || total(comparisonPersons) < 2) {
            return Double.NaN;
        }
        double weightedSum = 0;
        double weightSum = 0;
        for (int i = 0; i < comparison.length; i++) {
            weightedSum += comparisonPersons[i] * comparisonWeights[i] * comparison[i];
            weightSum += comparisonPersons[i] * comparisonWeights[i];
        }
        double pooled = Math.sqrt((variance(arm, armPersons) + variance(comparison, comparisonPersons)) / 2);
        if (pooled == 0) {
            return Double.NaN;
        }
        return (mean(arm, armPersons) - weightedSum / weightSum) / pooled;
    }

    private static long total(int[] persons) {
        long sum = 0;
        for (int n : persons) {
            sum += n;
        }
        return sum;
    }

    private static double mean(double[] x, int[] persons) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += persons[i] * x[i];
        }
        return sum / total(persons);
    }

    /** Sample variance over persons with N − 1, two-pass. */
    private static double variance(double[] x, int[] persons) {
        double m = mean(x, persons);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += persons[i] * (x[i] - m) * (x[i] - m);
        }
        return sum / (total(persons) - 1);
    }
}
