package no.retthylle.analysis.stats;

/**
 * Risk difference p₁ − p₀ with the Newcombe (1998) hybrid score interval without continuity
 * correction (his method 10).
 *
 * <p>With the 95 % Wilson intervals (l₁, u₁) of p₁ = x₁/n₁ and (l₀, u₀) of p₀ = x₀/n₀
 * ({@link Proportion#wilson}, R {@code prop.test(x, n, correct = FALSE)$conf.int}):
 * low = (p₁ − p₀) − √((p₁ − l₁)² + (u₀ − p₀)²),
 * high = (p₁ − p₀) + √((u₁ − p₁)² + (p₀ − l₀)²).
 * R has no built-in function; the golden values write these formulas out in R.
 * Zero cells need no special handling (x = 0 gives l = 0, x = n gives u = 1, the bounds stay in
 * [−1, 1]). Either n = 0 gives NaN for the difference and both bounds.
 *
 * @param estimate p₁ − p₀
 */
public record RiskDifference(double estimate, double low, double high) {

    /** The difference between x₁/n₁ (the arm) and x₀/n₀ (the comparison) with its interval. */
    public static RiskDifference newcombe(long x1, long n1, long x0, long n0) {
        Proportion p1 = Proportion.wilson(x1, n1);
        Proportion p0 = Proportion.wilson(x0, n0);
        double rd = p1.rate() - p0.rate();
        double low = rd - Math.hypot(p1.rate() - p1.low(), p0.high() - p0.rate());
        double high = rd + Math.hypot(p1.high() - p1.rate(), p0.rate() - p0.low());
        return new RiskDifference(rd, low, high);
    }
}
