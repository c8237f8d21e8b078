package no.retthylle.analysis.stats;

import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Two-sided Fisher exact test on the 2 × 2 table with rows (arm, comparison) and columns
 * (with the outcome, without), equal to R {@code fisher.test(matrix(...))$p.value}.
 *
 * <p>Conditional on the margins, x₁ is hypergeometric; the p-value sums the probabilities of
 * all tables at most as probable as the observed one, with R's relative tolerance
 * (probabilities ≤ p_obs·(1 + 10⁻⁷) count, so tables tied in probability are included).
 * Computed by Apache Commons Statistics {@link FisherExactTest}, whose two-sided rule is R's;
 * tests check it against R, tied tables included. A table with an empty row or column has only
 * one possible table and gives p = 1, as R.
 */
public final class FisherExact {

    private static final FisherExactTest TEST = FisherExactTest.withDefaults();

    private FisherExact() {
    }

    /** The two-sided p-value for x₁ of n₁ in the arm against x₀ of n₀ in the comparison. */
    public static double twoSidedP(int x1, int n1, int x0, int n0) {
        if (x1 < 0 || x0 < 0 || x1 > n1 || x0 > n0) {
            throw new IllegalArgumentException("need 0 <= x <= n in both groups");
        }
        return TEST.test(new int[][] {{x1, n1 - x1}, {x0, n0 - x0}}).getPValue();
    }
}
