package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.*;

import no.retthylle.reports.disclosure.TableLayout;

/** The disclosure layouts of the metric tables (what each cell is; see {@link TableLayout}). */
public final class MetricLayouts {

    /**
     * completion.csv: the status counts are parts of n_enrolled; rate_on_time is over n_matured
     * and its numerator (matured spells completed on time) has no column of its own; cohorts,
     * tracks and genders add up to all (arms do not: not every spell has an arm).
     */
    public static final TableLayout COMPLETION = TableLayout.builder()
            .counts(N_ENROLLED, N_MATURED, COMPLETED_ON_TIME, COMPLETED_LATE, PAUSED, EDUCATION,
                    DROPPED_OUT, ONGOING)
            .rateOver(RATE_ON_TIME, N_MATURED)
            .derived(CI_LOW, N_MATURED, RATE_ON_TIME)
            .derived(CI_HIGH, N_MATURED, RATE_ON_TIME)
            .rowSum(N_ENROLLED, COMPLETED_ON_TIME, COMPLETED_LATE, PAUSED, EDUCATION, DROPPED_OUT, ONGOING)
            .groupTypesSummingToAll(COHORT, TRACK, GENDER)
            .build();

    /** job_attachment.csv, per measure: rate = n_job ÷ n with its Wilson interval. */
    public static final TableLayout JOB_ATTACHMENT = TableLayout.builder()
            .counts(N, N_JOB)
            .rate(RATE, N_JOB, N)
            .derived(CI_LOW, N, RATE)
            .derived(CI_HIGH, N, RATE)
            .groupTypesSummingToAll(COHORT, TRACK, GENDER)
            .build();

    /**
     * self_sufficiency.csv: full, subsidised and partial are the parts of n_job; cohorts, tracks
     * and genders add up to all.
     */
    public static final TableLayout SELF_SUFFICIENCY = TableLayout.builder()
            .counts(N_JOB, FULL, SUBSIDISED, PARTIAL)
            .rowSum(N_JOB, FULL, SUBSIDISED, PARTIAL)
            .groupTypesSummingToAll(COHORT, TRACK, GENDER)
            .build();

    /**
     * time_to_job.csv, one row per time: the number at risk, events and censorings are counts (a
     * number at risk below k shows as {@code :}). The survival steps are not suppressed row by row:
     * rule 3 draws a curve for every group of at least k persons, and the group size (the number
     * at risk in the group's first row) is checked where the curve is drawn
     * ({@code figures.TimeToJobByArm}). Arms do not add up to all.
     */
    public static final TableLayout TIME_TO_JOB = TableLayout.builder()
            .counts(N_RISK, N_EVENT, N_CENSOR)
            .build();

    /**
     * time_to_job_summary.csv: the median and the probabilities are estimates over the group's n
     * persons, and they go with a suppressed number of events.
     */
    public static final TableLayout TIME_TO_JOB_SUMMARY = TableLayout.builder()
            .counts(N, EVENTS)
            .derived(MEDIAN_DAYS, N, EVENTS)
            .derived(P_JOB_180, N, EVENTS)
            .derived(P_JOB_365, N, EVENTS)
            .derived(P_JOB_730, N, EVENTS)
            .build();

    /**
     * comparison.csv, one row per arm: rate = n_job ÷ n with its interval; the contrasts against
     * ordinary are estimates over the arm's n persons and go with its rate. That a contrast also
     * gives away the ordinary arm's rate is a rule across rows, checked where it is drawn
     * ({@code figures.ComparisonForest}). The arms overlap (mentor_any) and have no all row.
     */
    public static final TableLayout COMPARISON = TableLayout.builder()
            .counts(N, N_JOB)
            .rate(RATE, N_JOB, N)
            .derived(CI_LOW, N, RATE)
            .derived(CI_HIGH, N, RATE)
            .derived(RD, N, RATE).derived(RD_LOW, N, RATE).derived(RD_HIGH, N, RATE)
            .derived(RR, N, RATE).derived(RR_LOW, N, RATE).derived(RR_HIGH, N, RATE)
            .derived(FISHER_P, N, RATE)
            .derived(RD_ADJ, N, RATE).derived(RD_ADJ_LOW, N, RATE).derived(RD_ADJ_HIGH, N, RATE)
            .build();

    /**
     * balance.csv has no counts: its SMDs are over the persons of mentor_any and ordinary in
     * comparison.csv, and are drawn only when both counts are shown and at least k
     * ({@code figures.CovariateBalance}).
     */
    public static final TableLayout BALANCE = TableLayout.builder().build();

    /**
     * skills.csv, per dimension: means, change and p-value over n_pairs persons; share_improved
     * is a rate over n_pairs whose numerator is not published. Cohorts add up to all (a person
     * counts in the cohort of their first mentor spell); arms do not.
     */
    public static final TableLayout SKILLS = TableLayout.builder()
            .counts(N_PAIRS)
            .rateOver(SHARE_IMPROVED, N_PAIRS)
            .derived(MEAN_BASELINE, N_PAIRS)
            .derived(MEAN_FINAL, N_PAIRS)
            .derived(MEAN_CHANGE, N_PAIRS)
            .derived(WILCOXON_P, N_PAIRS, SHARE_IMPROVED)
            .groupTypesSummingToAll(COHORT)
            .build();

    /**
     * goals.csv: the four statuses are the parts of n_goals; rate_achieved = achieved ÷ (n_goals −
     * open) has no denominator column, so it is derived from all four parts and goes with any
     * of them.
     */
    public static final TableLayout GOALS = TableLayout.builder()
            .counts(N_GOALS, ACHIEVED, PARTLY, NOT_ACHIEVED, OPEN)
            .rowSum(N_GOALS, ACHIEVED, PARTLY, NOT_ACHIEVED, OPEN)
            .derived(RATE_ACHIEVED, N_GOALS, ACHIEVED, PARTLY, NOT_ACHIEVED, OPEN)
            .groupTypesSummingToAll(COHORT)
            .build();

    /**
     * funnel.csv, per stage: n persons; conversion = n ÷ n of the stage before, over that row's
     * n (its other source lies in another row and is checked by whoever publishes it). Cohorts,
     * with {@code none}, add up to all.
     */
    public static final TableLayout FUNNEL = TableLayout.builder()
            .counts(N)
            .derived(CONVERSION, N, N)
            .groupTypesSummingToAll(COHORT)
            .build();

    /**
     * meetings.csv: every value is over the n_spells spells of the group (share_all_12 is over the
     * completed ones among them, which the table does not publish: n_spells is the bound used).
     */
    public static final TableLayout MEETINGS = TableLayout.builder()
            .counts(N_SPELLS)
            .derived(MEAN_MEETINGS, N_SPELLS)
            .derived(SHARE_ALL_12, N_SPELLS)
            .derived(MEDIAN_INTERVAL_DAYS, N_SPELLS)
            .derived(MINUTES_SHARE, N_SPELLS)
            .groupTypesSummingToAll(COHORT)
            .build();

    /**
     * internships.csv: share_3_months is a rate over all n internships; the other shares and the
     * median are over subsets of them, with n the bound used. Arms do not add up to all.
     */
    public static final TableLayout INTERNSHIPS = TableLayout.builder()
            .counts(N)
            .rateOver(SHARE_3_MONTHS, N)
            .derived(MEDIAN_DAYS, N)
            .derived(SHARE_FULL_TIME, N)
            .derived(SHARE_TRAINING_PLAN, N)
            .derived(SHARE_MENTOR_AT_HOST, N)
            .derived(JOB_RATE, N)
            .build();

    /**
     * intro_status.csv, per exit year: work, education and other are the parts of n; the rate
     * (work + education) ÷ n has no numerator column; its Wilson interval goes with it. Genders
     * add up to all; arms do not.
     */
    public static final TableLayout INTRO_STATUS = TableLayout.builder()
            .counts(N, WORK, EDUCATION, OTHER)
            .rowSum(N, WORK, EDUCATION, OTHER)
            .rateOver(RATE_WORK_OR_EDUCATION, N)
            .derived(CI_LOW, N, RATE_WORK_OR_EDUCATION)
            .derived(CI_HIGH, N, RATE_WORK_OR_EDUCATION)
            .groupTypesSummingToAll(GENDER)
            .build();

    private MetricLayouts() {
    }
}
