package no.retthylle.generator;

/**
 * The true effect on the treated that metrics.md's comparison estimates, from the
 * {@link OutcomeModel}: over the trainees in the comparison population (track 3, a mentor
 * spell, index date + 365 days ≤ extract date), the mean of
 * <pre>
 *   p1_i = expit(b_i + δ_mentor + δ_internship·I_i)   (the job probability they had)
 *   p0_i = expit(b_i)                                  (had they stayed in the ordinary programme)
 * </pre>
 * and the risk difference on the treated RD = mean(p1) − mean(p0). These are expectations
 * over the drawn covariates, not the realised jobs: the realised rate of the trainees
 * scatters around mean(p1) with binomial noise. Every p1_i &gt; p0_i because both δ are
 * positive, so RD &gt; 0. With no trainee in the population every mean is NaN.
 *
 * @param n trainees in the comparison population
 * @param meanRiskTreated mean(p1)
 * @param meanRiskUntreated mean(p0)
 */
public record TrueEffect(long n, double meanRiskTreated, double meanRiskUntreated) {

    /** RD = mean(p1) − mean(p0); NaN when n = 0. */
    public double riskDifference() {
        return meanRiskTreated - meanRiskUntreated;
    }

    /** One trainee's p1 − p0 = expit(b + δ_mentor + δ_internship·I) − expit(b). */
    public static double riskDifference(double baseline, boolean internship) {
        return OutcomeModel.probability(baseline, true, internship) - OutcomeModel.probability(baseline, false, false);
    }

    /** Sums p1 and p0 over trainees, one at a time. */
    static final class Accumulator {
        private long n;
        private double sumTreated;
        private double sumUntreated;

        void add(double baseline, boolean internship) {
            n++;
            sumTreated += OutcomeModel.probability(baseline, true, internship);
            sumUntreated += OutcomeModel.probability(baseline, false, false);
        }

        TrueEffect result() {
            return new TrueEffect(n, sumTreated / n, sumUntreated / n);
        }
    }
}
