package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.*;

import java.util.List;
import no.retthylle.reports.MetricFamily.Display;
import no.retthylle.reports.MetricFamily.Format;
import no.retthylle.reports.MetricFamily.Keying;

/**
 * The metric tables of metrics.md in the order the report presents them, each with its file,
 * columns, layout ({@link MetricLayouts}) and shown columns. A shown column's header is the text
 * {@code column.NAME} of its first column, or {@code column.ci} for a confidence interval.
 */
public final class MetricFamilies {

    private static final List<String> GROUPED = List.of(GROUP_TYPE, GROUP);

    public static final MetricFamily COMPLETION = new MetricFamily("completion", "completion.csv", Keying.GROUPED,
            GROUPED,
            List.of(N_ENROLLED, N_MATURED, COMPLETED_ON_TIME, COMPLETED_LATE, PAUSED, EDUCATION, DROPPED_OUT,
                    ONGOING, RATE_ON_TIME, CI_LOW, CI_HIGH),
            List.of(), MetricLayouts.COMPLETION,
            List.of(List.of(count(N_ENROLLED), count(N_MATURED), count(COMPLETED_ON_TIME), count(COMPLETED_LATE),
                    count(PAUSED), count(EDUCATION), count(DROPPED_OUT), count(ONGOING), percent(RATE_ON_TIME),
                    interval("column.ci", CI_LOW, CI_HIGH, Format.PERCENT))));

    public static final MetricFamily JOB_ATTACHMENT = new MetricFamily("job_attachment", "job_attachment.csv",
            Keying.GROUPED, List.of(GROUP_TYPE, GROUP, MEASURE), List.of(N, N_JOB, RATE, CI_LOW, CI_HIGH),
            List.of(), MetricLayouts.JOB_ATTACHMENT,
            List.of(List.of(count(N), count(N_JOB), percent(RATE), interval("column.ci", CI_LOW, CI_HIGH,
                    Format.PERCENT))));

    public static final MetricFamily SELF_SUFFICIENCY = new MetricFamily("self_sufficiency",
            "self_sufficiency.csv", Keying.GROUPED, GROUPED, List.of(N_JOB, FULL, SUBSIDISED, PARTIAL), List.of(),
            MetricLayouts.SELF_SUFFICIENCY,
            List.of(List.of(count(N_JOB), count(FULL), count(SUBSIDISED), count(PARTIAL))));

    public static final MetricFamily TIME_TO_JOB = new MetricFamily("time_to_job", "time_to_job_summary.csv",
            Keying.GROUPED, GROUPED, List.of(N, EVENTS, MEDIAN_DAYS, P_JOB_180, P_JOB_365, P_JOB_730), List.of(),
            MetricLayouts.TIME_TO_JOB_SUMMARY,
            List.of(List.of(count(N), count(EVENTS), show(MEDIAN_DAYS, Format.DAYS), percent(P_JOB_180),
                    percent(P_JOB_365), percent(P_JOB_730))));

    public static final MetricFamily COMPARISON = new MetricFamily("comparison", "comparison.csv", Keying.ARM,
            List.of(ARM_COLUMN),
            List.of(N, N_JOB, RATE, CI_LOW, CI_HIGH, RD, RD_LOW, RD_HIGH, RR, RR_LOW, RR_HIGH, FISHER_P, RD_ADJ,
                    RD_ADJ_LOW, RD_ADJ_HIGH),
            List.of(WARNING), MetricLayouts.COMPARISON,
            List.of(List.of(count(N), count(N_JOB), percent(RATE), interval("column.ci", CI_LOW, CI_HIGH,
                            Format.PERCENT)),
                    List.of(show(RD, Format.PERCENT_POINTS), interval("column.ci", RD_LOW, RD_HIGH,
                                    Format.PERCENT_POINTS),
                            show(RR, Format.RATIO), interval("column.ci", RR_LOW, RR_HIGH, Format.RATIO),
                            show(FISHER_P, Format.P_VALUE), show(RD_ADJ, Format.PERCENT_POINTS),
                            interval("column.ci", RD_ADJ_LOW, RD_ADJ_HIGH, Format.PERCENT_POINTS),
                            show(WARNING, Format.TEXT))));

    public static final MetricFamily BALANCE = new MetricFamily("balance", "balance.csv", Keying.SINGLE,
            List.of(COVARIATE), List.of(SMD_BEFORE, SMD_AFTER), List.of(), MetricLayouts.BALANCE,
            List.of(List.of(show(SMD_BEFORE, Format.DECIMAL), show(SMD_AFTER, Format.DECIMAL))));

    public static final MetricFamily SKILLS = new MetricFamily("skills", "skills.csv", Keying.GROUPED,
            List.of(GROUP_TYPE, GROUP, DIMENSION),
            List.of(N_PAIRS, MEAN_BASELINE, MEAN_FINAL, MEAN_CHANGE, SHARE_IMPROVED, WILCOXON_P), List.of(),
            MetricLayouts.SKILLS,
            List.of(List.of(count(N_PAIRS), show(MEAN_BASELINE, Format.DECIMAL), show(MEAN_FINAL, Format.DECIMAL),
                    show(MEAN_CHANGE, Format.DECIMAL), percent(SHARE_IMPROVED), show(WILCOXON_P, Format.P_VALUE))));

    public static final MetricFamily GOALS = new MetricFamily("goals", "goals.csv", Keying.GROUPED, GROUPED,
            List.of(N_GOALS, ACHIEVED, PARTLY, NOT_ACHIEVED, OPEN, RATE_ACHIEVED), List.of(), MetricLayouts.GOALS,
            List.of(List.of(count(N_GOALS), count(ACHIEVED), count(PARTLY), count(NOT_ACHIEVED), count(OPEN),
                    percent(RATE_ACHIEVED))));

    public static final MetricFamily INTRO_STATUS = new MetricFamily("intro_status", "intro_status.csv",
            Keying.GROUPED, List.of(GROUP_TYPE, GROUP, EXIT_YEAR),
            List.of(N, WORK, EDUCATION, OTHER, RATE_WORK_OR_EDUCATION, CI_LOW, CI_HIGH), List.of(),
            MetricLayouts.INTRO_STATUS,
            List.of(List.of(count(N), count(WORK), count(EDUCATION), count(OTHER), percent(RATE_WORK_OR_EDUCATION),
                    interval("column.ci", CI_LOW, CI_HIGH, Format.PERCENT))));

    public static final MetricFamily FUNNEL = new MetricFamily("funnel", "funnel.csv", Keying.GROUPED,
            List.of(GROUP_TYPE, GROUP, STAGE), List.of(N, CONVERSION), List.of(), MetricLayouts.FUNNEL,
            List.of(List.of(count(N), percent(CONVERSION))));

    public static final MetricFamily MEETINGS = new MetricFamily("meetings", "meetings.csv", Keying.GROUPED,
            GROUPED, List.of(N_SPELLS, MEAN_MEETINGS, SHARE_ALL_12, MEDIAN_INTERVAL_DAYS, MINUTES_SHARE), List.of(),
            MetricLayouts.MEETINGS,
            List.of(List.of(count(N_SPELLS), show(MEAN_MEETINGS, Format.DECIMAL), percent(SHARE_ALL_12),
                    show(MEDIAN_INTERVAL_DAYS, Format.DAYS), percent(MINUTES_SHARE))));

    public static final MetricFamily INTERNSHIPS = new MetricFamily("internships", "internships.csv",
            Keying.GROUPED, GROUPED,
            List.of(N, MEDIAN_DAYS, SHARE_3_MONTHS, SHARE_FULL_TIME, SHARE_TRAINING_PLAN, SHARE_MENTOR_AT_HOST,
                    JOB_RATE),
            List.of(), MetricLayouts.INTERNSHIPS,
            List.of(List.of(count(N), show(MEDIAN_DAYS, Format.DAYS), percent(SHARE_3_MONTHS),
                    percent(SHARE_FULL_TIME), percent(SHARE_TRAINING_PLAN), percent(SHARE_MENTOR_AT_HOST),
                    percent(JOB_RATE))));

    /**
     * time_to_job.csv, the Kaplan–Meier steps: read for the figure {@code time_to_job_by_arm}
     * only, never published as a table (its survival steps are protected per curve, where the
     * curve is drawn: see {@link MetricLayouts#TIME_TO_JOB}); its figure sits in the section of
     * {@link #TIME_TO_JOB}.
     */
    public static final MetricFamily TIME_TO_JOB_STEPS = new MetricFamily("time_to_job_steps", "time_to_job.csv",
            Keying.GROUPED, GROUPED, List.of(T_DAYS, N_RISK, N_EVENT, N_CENSOR, SURVIVAL, CI_LOW, CI_HIGH), List.of(),
            MetricLayouts.TIME_TO_JOB, List.of());

    /** Rows read and rejected per input file, from run.json (not a metric CSV); see {@link InputsTable}. */
    public static final MetricFamily INPUTS = new MetricFamily("inputs", "run.json", Keying.SINGLE, List.of(INPUT),
            List.of(ROWS_READ, ROWS_REJECTED), List.of(), MetricLayouts.INPUTS,
            List.of(List.of(count(ROWS_READ), count(ROWS_REJECTED))));

    /** Every published metric CSV, in the report's order (sections, workbook sheets). */
    public static final List<MetricFamily> ALL_FAMILIES = List.of(COMPLETION, JOB_ATTACHMENT, SELF_SUFFICIENCY,
            TIME_TO_JOB, COMPARISON, BALANCE, SKILLS, GOALS, INTRO_STATUS, FUNNEL, MEETINGS, INTERNSHIPS);

    /** Every metric CSV the report reads: the published ones, then those read only for a figure. */
    public static final List<MetricFamily> READ = List.of(COMPLETION, JOB_ATTACHMENT, SELF_SUFFICIENCY,
            TIME_TO_JOB, TIME_TO_JOB_STEPS, COMPARISON, BALANCE, SKILLS, GOALS, INTRO_STATUS, FUNNEL, MEETINGS,
            INTERNSHIPS);

    private MetricFamilies() {
    }

    private static Display count(String column) {
        return show(column, Format.COUNT);
    }

    private static Display percent(String column) {
        return show(column, Format.PERCENT);
    }

    private static Display show(String column, Format format) {
        return new Display("column." + column, List.of(column), format);
    }

    private static Display interval(String header, String low, String high, Format format) {
        return new Display(header, List.of(low, high), format);
    }
}
