package no.retthylle.analysis.stats;

import java.util.Map;
import java.util.TreeMap;

/**
 * The median of whole numbers given as counts per value (value → how many times it occurs),
 * defined as R {@code median}: the values sorted, n their total count; for odd n the value
 * at position (n + 1) ÷ 2, for even n the mean of the values at positions n ÷ 2 and
 * n ÷ 2 + 1 (so {1, 2, 4, 10} gives 3). Counts let a mart aggregate in Spark and hand over
 * only (value, count) rows.
 *
 * <p>Edge cases: no values (an empty map, or only zero counts) gives {@link Double#NaN}; a
 * negative count is an IllegalArgumentException.
 */
public final class Median {

    private Median() {
    }

    /** The median of the values, each taken as often as its count says. */
    public static double ofCounts(Map<Long, Long> counts) {
        TreeMap<Long, Long> sorted = new TreeMap<>(counts);
        long n = 0;
        for (long count : sorted.values()) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count: " + count);
            }
            n += count;
        }
        if (n == 0) {
            return Double.NaN;
        }
        long lowerPosition = (n + 1) / 2;
        long upperPosition = n / 2 + 1;
        return (valueAt(sorted, lowerPosition) + valueAt(sorted, upperPosition)) / 2.0;
    }

    /** The value at a 1-based position of the sorted values. */
    private static long valueAt(TreeMap<Long, Long> sorted, long position) {
        long seen = 0;
        for (Map.Entry<Long, Long> entry : sorted.entrySet()) {
            seen += entry.getValue();
            if (seen >= position) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("position " + position + " past " + seen + " values");
    }
}
