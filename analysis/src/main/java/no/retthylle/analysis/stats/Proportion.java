package no.retthylle.analysis.stats;

import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * A proportion x ÷ n with its 95 % Wilson score interval.
 *
 * <p>Wilson: (x + z²/2 ± z·√(x(n−x)/n + z²/4)) ÷ (n + z²), z = Φ⁻¹(0.975), computed by
 * Apache Commons Statistics. It equals R {@code prop.test(x, n, correct = FALSE)$conf.int}.
 * With n = 0 the rate and both bounds are {@link Double#NaN} (written empty); x = 0 gives
 * a lower bound of 0 and x = n an upper bound of 1.
 *
 * @param successes x, 0 ≤ x ≤ n
 * @param trials n ≥ 0
 */
public record Proportion(long successes, long trials, double rate, double low, double high) {

    private static final double ALPHA = 0.05;

    /** The proportion x ÷ n with its Wilson interval. */
    public static Proportion wilson(long successes, long trials) {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= x <= n, got x=" + successes + ", n=" + trials);
        }
        if (trials == 0) {
            return new Proportion(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        Interval ci = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(
                Math.toIntExact(trials), Math.toIntExact(successes), ALPHA);
        return new Proportion(successes, trials, (double) successes / trials,
                ci.getLowerBound(), ci.getUpperBound());
    }
}
