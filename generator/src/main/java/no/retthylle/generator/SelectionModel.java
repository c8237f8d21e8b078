package no.retthylle.generator;

/**
 * Who is offered a place in the mentor programme, and who of the trainees gets an internship.
 *
 * <p>Mentor: only persons on track 3 are screened. A screened person is selected with
 * probability expit(s), s = {@link #MENTOR_INTERCEPT} + {@link #MENTOR_PER_NORWEGIAN}·(norwegian − 3)
 * + {@link #MENTOR_PER_EDUCATION}·(education − 4) + {@link #MENTOR_NOKUT_YES}·[nokut = yes],
 * with the true (not the recorded) covariates. Every coefficient is positive, so trainees
 * have better Norwegian, more education and more often a recognised degree than the track-3
 * persons left in the ordinary programme: the raw comparison is confounded upwards. A
 * selected person starts only when their municipality's cohort of that half-year still has
 * room (at most {@link #COHORT_SIZE}); the others stay in the ordinary programme.
 *
 * <p>Internship: a trainee whose first mentor spell lasts at least
 * {@link #INTERNSHIP_MIN_SPELL_DAYS} days gets one with probability expit(i), i =
 * {@link #INTERNSHIP_INTERCEPT} + {@link #INTERNSHIP_NOKUT_YES}·[nokut = yes]
 * + {@link #INTERNSHIP_PER_NORWEGIAN}·(norwegian − 3).
 */
public final class SelectionModel {

    public static final double MENTOR_INTERCEPT = -1.2;
    public static final double MENTOR_PER_NORWEGIAN = 0.6;
    public static final double MENTOR_PER_EDUCATION = 0.3;
    public static final double MENTOR_NOKUT_YES = 0.9;
    public static final int COHORT_SIZE = 5;

    public static final double INTERNSHIP_INTERCEPT = -0.4;
    public static final double INTERNSHIP_NOKUT_YES = 0.7;
    public static final double INTERNSHIP_PER_NORWEGIAN = 0.3;
    public static final int INTERNSHIP_MIN_SPELL_DAYS = 200;

    private SelectionModel() {
    }

    /** P(selected for the mentor programme | screened, covariates). */
    static double mentor(Covariates c) {
        return OutcomeModel.expit(MENTOR_INTERCEPT + MENTOR_PER_NORWEGIAN * (c.norwegian() - 3)
                + MENTOR_PER_EDUCATION * (c.education() - 4) + (c.nokutYes() ? MENTOR_NOKUT_YES : 0));
    }

    /** P(internship | trainee with a long enough first spell, covariates). */
    static double internship(Covariates c) {
        return OutcomeModel.expit(INTERNSHIP_INTERCEPT + (c.nokutYes() ? INTERNSHIP_NOKUT_YES : 0)
                + INTERNSHIP_PER_NORWEGIAN * (c.norwegian() - 3));
    }
}
