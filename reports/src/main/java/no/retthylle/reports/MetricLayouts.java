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

    private MetricLayouts() {
    }
}
