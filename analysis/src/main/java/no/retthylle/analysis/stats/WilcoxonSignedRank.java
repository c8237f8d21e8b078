package no.retthylle.analysis.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Paired Wilcoxon signed-rank test of final against baseline scores, two-sided, equal to R
 * {@code wilcox.test(final, baseline, paired = TRUE)} with its defaults.
 *
 * <p>As R: the differences d = final − baseline are formed, zero differences are dropped, the
 * remaining n are ranked by |d| (average ranks for ties) and V = the sum of the ranks of the
 * positive d.
 * <ul>
 *   <li><b>Exact</b> when n &lt; 50 and there were neither ties nor zero differences: the exact
 *       null distribution of V, from Apache Commons Statistics {@link WilcoxonSignedRankTest}
 *       (which matches R in this case);
 *   <li>otherwise the <b>normal approximation</b> with continuity and tie correction, computed
 *       here because Commons Statistics treats zero differences differently from R:
 *       z = (V − n(n+1)/4 − sign(·)·½) ÷ √(n(n+1)(2n+1)/24 − Σ(t³ − t)/48), t the sizes of
 *       the groups of tied |d|, p = 2·min(Φ(z), 1 − Φ(z)).
 * </ul>
 * Edge cases: fewer than 2 pairs gives NaN (metrics.md: empty if n_pairs &lt; 2, where R would
 * still give a value); all differences zero gives NaN, as R (0 ÷ 0). Ties are exact equality of
 * the double differences, as R with its default {@code digits.rank = Inf}.
 *
 * @param pairs the number of pairs, zero differences included
 * @param statistic V (NaN with fewer than 2 pairs)
 * @param exact whether the exact distribution was used
 */
public record WilcoxonSignedRank(int pairs, double statistic, boolean exact, double pValue) {

    private static final int EXACT_BELOW = 50;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    private static final WilcoxonSignedRankTest EXACT_TEST =
            WilcoxonSignedRankTest.withDefaults().with(PValueMethod.EXACT);

    /** The test of {@code after} (final scores) against {@code before} (baseline), pair by pair. */
    public static WilcoxonSignedRank paired(double[] after, double[] before) {
        if (after.length != before.length) {
            throw new IllegalArgumentException("final and baseline differ in length");
        }
        int pairs = after.length;
        if (pairs < 2) {
            return new WilcoxonSignedRank(pairs, Double.NaN, false, Double.NaN);
        }
        double[] nonZero = new double[pairs];
        int n = 0;
        for (int i = 0; i < pairs; i++) {
            double d = after[i] - before[i];
            if (d != 0) {
                nonZero[n++] = d;
            }
        }
        double[] d = Arrays.copyOf(nonZero, n);
        double[] ranks = absoluteRanks(d);
        double v = 0;
        for (int i = 0; i < n; i++) {
            v += d[i] > 0 ? ranks[i] : 0;
        }
        boolean ties = tieCorrection(ranks) > 0;
        if (n == pairs && !ties && n < EXACT_BELOW) {
            return new WilcoxonSignedRank(pairs, v, true, EXACT_TEST.test(d).getPValue());
        }
        return new WilcoxonSignedRank(pairs, v, false, normalP(v, n, tieCorrection(ranks)));
    }

    private static double normalP(double v, int n, double tieSum) {
        double centred = v - n * (n + 1.0) / 4;
        double sigma = Math.sqrt(n * (n + 1.0) * (2.0 * n + 1) / 24 - tieSum / 48);
        double z = (centred - Math.signum(centred) * 0.5) / sigma;
        return 2 * Math.min(NORMAL.cumulativeProbability(z), NORMAL.survivalProbability(z));
    }

    /** Ranks of |d| (1-based), tied values taking the mean of their ranks. */
    private static double[] absoluteRanks(double[] d) {
        int n = d.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(d[a]), Math.abs(d[b])));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && Math.abs(d[order[end + 1]]) == Math.abs(d[order[start]])) {
                end++;
            }
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = (start + end + 2) / 2.0;
            }
            start = end + 1;
        }
        return ranks;
    }

    /** Σ(t³ − t) over the groups of equal ranks; 0 without ties. */
    private static double tieCorrection(double[] ranks) {
        double[] sorted = ranks.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int start = 0;
        while (start < sorted.length) {
            int end = start;
            while (end + 1 < sorted.length && sorted[end + 1] == sorted[start]) {
                end++;
            }
            double t = end - start + 1.0;
            sum += t * t * t - t;
            start = end + 1;
        }
        return sum;
    }
}
