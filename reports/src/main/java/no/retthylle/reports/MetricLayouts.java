package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.*;

import java.util.Arrays;
import java.util.stream.Stream;
import no.retthylle.reports.disclosure.TableLayout;

/**
 * The disclosure layouts of the metric tables (what each cell is; see {@link TableLayout}).
 * Rules that reach across rows (a conversion over the previous stage, a comparison with the
 * ordinary arm) are applied after these by {@link LinkedSuppression}.
 */
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

    /** self_sufficiency.csv: full, subsidised and partial are the parts of n_job. */
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
     * ({@code figures.TimeToJobByArm}); the report publishes this table only as that figure,
     * never as a table. Arms do not add up to all.
     */
    public static final TableLayout TIME_TO_JOB = TableLayout.builder()
            .counts(N_RISK, N_EVENT, N_CENSOR)
            .build();

    /**
     * time_to_job_summary.csv: the median and the job shares are Kaplan–Meier estimates over the
     * group's persons, hidden with a hidden event count or when the group is under k persons.
     * Arms and all overlap (all is everyone with a mentor spell), so no column sums.
     */
    public static final TableLayout TIME_TO_JOB_SUMMARY = TableLayout.builder()
            .counts(N, EVENTS)
            .derived(MEDIAN_DAYS, N, EVENTS)
            .derived(P_JOB_180, N, EVENTS)
            .derived(P_JOB_365, N, EVENTS)
            .derived(P_JOB_730, N, EVENTS)
            .build();

    /**
     * comparison.csv, read with mentor_any as the {@code all} row and the two mentor arms as its
     * parts ({@link MetricTables}): rate = n_job ÷ n; the comparisons derive from the row's rate
     * (and from the ordinary arm's, see {@link LinkedSuppression#comparison}).
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
            .groupTypesSummingToAll(ARM)
            .build();

    /**
     * balance.csv: no counts of its own; its SMDs are over the persons of mentor_any and ordinary
     * in comparison.csv, see {@link LinkedSuppression#balance} (and {@code figures.CovariateBalance},
     * which checks the same before drawing).
     */
    public static final TableLayout BALANCE = TableLayout.builder().build();

    /**
     * skills.csv, per dimension: the share improved is over n_pairs (its numerator is not
     * published); means and the p-value are over n_pairs. Cohorts add up to all.
     */
    public static final TableLayout SKILLS = TableLayout.builder()
            .counts(N_PAIRS)
            .rateOver(SHARE_IMPROVED, N_PAIRS)
            .derived(MEAN_BASELINE, N_PAIRS, N_PAIRS)
            .derived(MEAN_FINAL, N_PAIRS, N_PAIRS)
            .derived(MEAN_CHANGE, N_PAIRS, N_PAIRS)
            .derived(WILCOXON_P, N_PAIRS, N_PAIRS, SHARE_IMPROVED)
            .groupTypesSummingToAll(COHORT)
            .build();

    /**
     * goals.csv: the statuses are parts of n_goals; rate_achieved = achieved ÷ (n_goals − open)
     * derives from all of them (its denominator has no column: any part below k is hidden
     * itself and takes the rate with it).
     */
    public static final TableLayout GOALS = TableLayout.builder()
            .counts(N_GOALS, ACHIEVED, PARTLY, NOT_ACHIEVED, OPEN)
            .derived(RATE_ACHIEVED, N_GOALS, ACHIEVED, PARTLY, NOT_ACHIEVED, OPEN)
            .rowSum(N_GOALS, ACHIEVED, PARTLY, NOT_ACHIEVED, OPEN)
            .groupTypesSummingToAll(COHORT)
            .build();

    /**
     * intro_status.csv, per exit year: work, education and other are the parts of n; the rate's
     * numerator (work + education) has no column, so the rate also goes with a hidden work or
     * education count (else n, work and the rate would give education away). Every intro spell's
     * person has an arm, so arms add up to all, as genders do.
     */
    public static final TableLayout INTRO_STATUS = TableLayout.builder()
            .counts(N, WORK, EDUCATION, OTHER)
            .rateOver(RATE_WORK_OR_EDUCATION, N)
            .derived(RATE_WORK_OR_EDUCATION, N, WORK, EDUCATION)
            .derived(CI_LOW, N, RATE_WORK_OR_EDUCATION)
            .derived(CI_HIGH, N, RATE_WORK_OR_EDUCATION)
            .rowSum(N, WORK, EDUCATION, OTHER)
            .groupTypesSummingToAll(ARM, GENDER)
            .build();

    /**
     * funnel.csv, per stage: cohorts (and {@code none}) add up to all; a conversion is the rate
     * n ÷ the previous stage's n ({@link MetricColumns#N_PREVIOUS_STAGE}, added by
     * {@link FunnelDenominator}), so the complement rule applies to it and a hidden conversion
     * takes its n with it (see also {@link LinkedSuppression#funnel}).
     */
    public static final TableLayout FUNNEL = TableLayout.builder()
            .counts(N, N_PREVIOUS_STAGE)
            .rate(CONVERSION, N, N_PREVIOUS_STAGE)
            .groupTypesSummingToAll(COHORT)
            .build();

    /**
     * meetings.csv: mean_meetings and the median interval are over the group's spells with a
     * meeting. share_all_12 (completed spells with all of 1–12 ÷ completed spells) and
     * minutes_share (meetings with minutes ÷ meetings where it is given) are rates over counts
     * the CSV does not publish: {@link ShareDenominators} adds them as hidden count columns
     * ({@link MetricColumns#numeratorOf}, {@link MetricColumns#denominatorOf}) from
     * share_counts.json, so the complement rule applies and a hidden share takes its numerator
     * with it. minutes_share is also a value over the spells with a meeting (rule 3 when fewer
     * than k). Every mentor spell has a cohort, so cohorts add up to all, the hidden counts too.
     */
    public static final TableLayout MEETINGS = TableLayout.builder()
            .counts(N_SPELLS)
            .counts(hiddenCounts(SHARE_ALL_12, MINUTES_SHARE))
            .derived(MEAN_MEETINGS, N_SPELLS, N_SPELLS)
            .rate(SHARE_ALL_12, numeratorOf(SHARE_ALL_12), denominatorOf(SHARE_ALL_12))
            .derived(MEDIAN_INTERVAL_DAYS, N_SPELLS, N_SPELLS)
            .rate(MINUTES_SHARE, numeratorOf(MINUTES_SHARE), denominatorOf(MINUTES_SHARE))
            .derived(MINUTES_SHARE, N_SPELLS, N_SPELLS)
            .groupTypesSummingToAll(COHORT)
            .build();

    /**
     * internships.csv: share_3_months is a rate over n (its numerator not published). The other
     * shares are over counts the CSV does not publish (share_full_time, share_training_plan and
     * share_mentor_at_host over the internships with the value given, job_rate over the ended
     * ones): {@link ShareDenominators} adds them as hidden count columns from share_counts.json,
     * so each is a rate under the complement rule ("5 internships, 80 % with a training plan"
     * would give away the 1 without). Every internship's person is in arm mentor_internship or
     * internship_only, so arms add up to all, the hidden counts too.
     */
    public static final TableLayout INTERNSHIPS = TableLayout.builder()
            .counts(N)
            .counts(hiddenCounts(SHARE_FULL_TIME, SHARE_TRAINING_PLAN, SHARE_MENTOR_AT_HOST, JOB_RATE))
            .derived(MEDIAN_DAYS, N, N)
            .rateOver(SHARE_3_MONTHS, N)
            .rate(SHARE_FULL_TIME, numeratorOf(SHARE_FULL_TIME), denominatorOf(SHARE_FULL_TIME))
            .rate(SHARE_TRAINING_PLAN, numeratorOf(SHARE_TRAINING_PLAN), denominatorOf(SHARE_TRAINING_PLAN))
            .rate(SHARE_MENTOR_AT_HOST, numeratorOf(SHARE_MENTOR_AT_HOST), denominatorOf(SHARE_MENTOR_AT_HOST))
            .rate(JOB_RATE, numeratorOf(JOB_RATE), denominatorOf(JOB_RATE))
            .groupTypesSummingToAll(ARM)
            .build();

    /**
     * The rejected rows per input file (run.json inputs), read with each file as group type
     * {@code input} and the total as {@code all}: both counts are hidden from 1 to k−1, and the
     * files add up to the total.
     */
    public static final TableLayout INPUTS = TableLayout.builder()
            .counts(ROWS_READ, ROWS_REJECTED)
            .groupTypesSummingToAll(INPUT)
            .build();

    private MetricLayouts() {
    }

    /** The hidden numerator and denominator columns of each share, in order. */
    private static String[] hiddenCounts(String... shares) {
        return Arrays.stream(shares).flatMap(s -> Stream.of(numeratorOf(s), denominatorOf(s))).toArray(String[]::new);
    }
}
