package no.retthylle.analysis.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Risk ratio p₁ ÷ p₀ with its 95 % interval by the log method.
 *
 * <p>With cells a = x₁, b = n₁ − x₁, c = x₀, d = n₀ − x₀: RR = (a/(a+b)) ÷ (c/(c+d)),
 * se(log RR) = √(1/a − 1/(a+b) + 1/c − 1/(c+d)), interval exp(log RR ± z·se), z = Φ⁻¹(0.975).
 * When any of the four cells is zero, 0.5 is added to every cell for the ratio and its
 * interval (metrics.md, Conventions), so zero cells give finite values. R has no built-in
 * function; the golden values write these formulas out in R. Either n = 0 (no persons in a
 * group) gives NaN for the ratio and both bounds.
 *
 * @param estimate the ratio (after the 0.5 correction where it applies)
 */
public record RiskRatio(double estimate, double low, double high) {

    private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
    private static final double ZERO_CELL_CORRECTION = 0.5;

    /** The ratio of x₁/n₁ (the arm) to x₀/n₀ (the comparison) with its interval. */
    public static RiskRatio logMethod(long x1, long n1, long x0, long n0) {
        if (x1 < 0 || x0 < 0 || x1 > n1 || x0 > n0) {
            throw new IllegalArgumentException("need 0 <= x <= n in both groups");
        }
        if (n1 == 0 || n0 == 0) {
            return new RiskRatio(Double.NaN, Double.NaN, Double.NaN);
        }
        boolean anyZero = x1 == 0 || x0 == 0 || x1 == n1 || x0 == n0;
        double add = anyZero ? ZERO_CELL_CORRECTION : 0;
        double a = x1 + add;
        double ab = n1 + 2 * add;
        double c = x0 + add;
        double cd = n0 + 2 * add;
        double rr = (a / ab) / (c / cd);
        double se = Math.sqrt(1 / a - 1 / ab + 1 / c - 1 / cd);
        double log = Math.log(rr);
        return new RiskRatio(rr, Math.exp(log - Z * se), Math.exp(log + Z * se));
    }
}
