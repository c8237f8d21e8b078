package no.retthylle.analysis.tables;

/**
 * A share numerator ÷ denominator of two counts that its table does not publish beside it
 * (metrics spec: meetings' {@code share_all_12} and {@code minutes_share}; internships'
 * {@code share_full_time}, {@code share_training_plan}, {@code share_mentor_at_host} and
 * {@code job_rate}). The table writes {@link #value()}; the two counts go to
 * {@code share_counts.json} ({@link ShareCount}) so that the report can apply the complement
 * rule of disclosure control to the share.
 *
 * @param numerator the members of the denominator that have the property, 0 … denominator
 * @param denominator the members the share is taken over, ≥ 0
 */
public record Share(long numerator, long denominator) {

    public Share {
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("share " + numerator + " of " + denominator);
        }
    }

    /** numerator ÷ denominator, or {@link Double#NaN} (an empty cell) when the denominator is 0. */
    public double value() {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
