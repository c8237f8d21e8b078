package no.retthylle.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Summary of paired scores (a baseline and a final score per person): the number of pairs
 * n, the means of the baseline and final scores, the mean change Σ(final − baseline) ÷ n,
 * the share improved (pairs with final &gt; baseline) ÷ n, and the two-sided p-value of
 * {@link WilcoxonSignedRank#paired} (R {@code wilcox.test(final, baseline, paired = TRUE)}).
 *
 * <p>Pairs are added with a multiplicity, so a caller can pass the counts of each (baseline,
 * final) combination instead of person-level rows: the signed-rank test depends only on the
 * multiset of differences, not on who they belong to.
 *
 * <p>Edge cases: no pairs gives NaN for every mean and share; fewer than 2 pairs gives a
 * NaN p-value (metrics.md: empty if n_pairs &lt; 2); all differences zero gives NaN, as R.
 */
public record PairedScores(long pairs, double meanBaseline, double meanFinal, double meanChange,
        double shareImproved, double wilcoxonP) {

    /** Collects pairs, then {@link #result()} summarises them. Not thread-safe. */
    public static final class Accumulator {
        private final List<Double> baselines = new ArrayList<>();
        private final List<Double> finals = new ArrayList<>();

        /** Adds {@code count} pairs with these scores; count ≥ 0. */
        public Accumulator add(double baseline, double finalScore, long count) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count: " + count);
            }
            for (long i = 0; i < count; i++) {
                baselines.add(baseline);
                finals.add(finalScore);
            }
            return this;
        }

        public PairedScores result() {
            int n = baselines.size();
            double[] before = baselines.stream().mapToDouble(Double::doubleValue).toArray();
            double[] after = finals.stream().mapToDouble(Double::doubleValue).toArray();
            double sumBefore = 0;
            double sumAfter = 0;
            double sumChange = 0;
            long improved = 0;
            for (int i = 0; i < n; i++) {
                sumBefore += before[i];
                sumAfter += after[i];
                sumChange += after[i] - before[i];
                improved += after[i] > before[i] ? 1 : 0;
            }
            return new PairedScores(n, sumBefore / n, sumAfter / n, sumChange / n,
                    (double) improved / n, WilcoxonSignedRank.paired(after, before).pValue());
        }
    }
}
