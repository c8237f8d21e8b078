package no.retthylle.generator;

/**
 * The true model of a relevant job, from which every {@code relevant_job} row is drawn.
 *
 * <p>Each person with an introduction spell has an index date, as in metrics.md
 * "Comparison": the start of the first mentor spell for trainees, the first intro start +
 * 12 months for everyone else. A relevant job within the follow-up [index, index + 364 days]
 * happens with probability
 * <pre>
 *   p = expit(b + δ_mentor·M + δ_internship·I),   expit(x) = 1 / (1 + e^−x)
 *   b = {@link #INTERCEPT} + {@link #PER_EDUCATION}·education + {@link #PER_NORWEGIAN}·norwegian
 *       + {@link #NOKUT_YES}·[nokut = yes] + {@link #FEMALE}·[female]
 *       + {@link #PER_DECADE_OVER_30}·(age_at_arrival − 30) / 10
 * </pre>
 * with education 0–6 and Norwegian 1–6 as metrics.md codes them (true values, not the
 * recorded ones), M = 1 for a trainee and I = 1 for a trainee with an internship. Its date is
 * then uniform over the {@link #FOLLOW_UP_DAYS} days from the index date. Without one, a
 * later relevant job (day 366 … 1095) follows with probability {@link #LATER_JOB}. Nobody
 * has a relevant job before the index date, so the comparison leaves nobody out for that.
 */
public final class OutcomeModel {

    public static final double INTERCEPT = -4.0;
    public static final double PER_EDUCATION = 0.35;
    public static final double PER_NORWEGIAN = 0.35;
    public static final double NOKUT_YES = 0.6;
    public static final double FEMALE = -0.2;
    public static final double PER_DECADE_OVER_30 = -0.3;
    /** δ_mentor: the true effect of mentoring on the log-odds of a relevant job in follow-up. */
    public static final double MENTOR = 0.8;
    /** δ_internship: the further effect of an internship during mentoring. */
    public static final double INTERNSHIP = 0.6;
    public static final int FOLLOW_UP_DAYS = 365;
    public static final double LATER_JOB = 0.25;

    private OutcomeModel() {
    }

    /** b: the log-odds of a relevant job in follow-up without mentoring. */
    static double baseline(Covariates c) {
        return INTERCEPT + PER_EDUCATION * c.education() + PER_NORWEGIAN * c.norwegian()
                + (c.nokutYes() ? NOKUT_YES : 0) + (c.female() ? FEMALE : 0)
                + PER_DECADE_OVER_30 * (c.ageAtArrival() - 30) / 10.0;
    }

    /** p = expit(b + δ_mentor·M + δ_internship·I). */
    public static double probability(double baseline, boolean mentor, boolean internship) {
        return expit(baseline + (mentor ? MENTOR : 0) + (internship ? INTERNSHIP : 0));
    }

    /** 1 / (1 + e^−x). */
    public static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
