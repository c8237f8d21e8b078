package no.retthylle.reports;

import java.util.List;
import tech.tablesaw.api.ColumnType;

/**
 * Column names and types of the metric tables the report reads (metrics.md), in file order.
 * The analysis module writes these tables; once it has its own constants the two should be one.
 */
public final class MetricColumns {

    public static final String GROUP_TYPE = "group_type";
    public static final String GROUP = "group";
    public static final String MEASURE = "measure";

    public static final String N_ENROLLED = "n_enrolled";
    public static final String N_MATURED = "n_matured";
    public static final String COMPLETED_ON_TIME = "completed_on_time";
    public static final String COMPLETED_LATE = "completed_late";
    public static final String PAUSED = "paused";
    public static final String EDUCATION = "education";
    public static final String DROPPED_OUT = "dropped_out";
    public static final String ONGOING = "ongoing";
    public static final String RATE_ON_TIME = "rate_on_time";

    public static final String N = "n";
    public static final String N_JOB = "n_job";
    public static final String RATE = "rate";

    public static final String CI_LOW = "ci_low";
    public static final String CI_HIGH = "ci_high";

    public static final String FULL = "full";
    public static final String SUBSIDISED = "subsidised";
    public static final String PARTIAL = "partial";

    public static final String T_DAYS = "t_days";
    public static final String N_RISK = "n_risk";
    public static final String N_EVENT = "n_event";
    public static final String N_CENSOR = "n_censor";
    public static final String SURVIVAL = "survival";
    public static final String EVENTS = "events";
    public static final String MEDIAN_DAYS = "median_days";
    public static final String P_JOB_180 = "p_job_180";
    public static final String P_JOB_365 = "p_job_365";
    public static final String P_JOB_730 = "p_job_730";

    public static final String RD = "rd";
    public static final String RD_LOW = "rd_low";
    public static final String RD_HIGH = "rd_high";
    public static final String RR = "rr";
    public static final String RR_LOW = "rr_low";
    public static final String RR_HIGH = "rr_high";
    public static final String FISHER_P = "fisher_p";
    public static final String RD_ADJ = "rd_adj";
    public static final String RD_ADJ_LOW = "rd_adj_low";
    public static final String RD_ADJ_HIGH = "rd_adj_high";
    public static final String WARNING = "warning";

    public static final String COVARIATE = "covariate";
    public static final String SMD_BEFORE = "smd_before";
    public static final String SMD_AFTER = "smd_after";

    public static final String DIMENSION = "dimension";
    public static final String N_PAIRS = "n_pairs";
    public static final String MEAN_BASELINE = "mean_baseline";
    public static final String MEAN_FINAL = "mean_final";
    public static final String MEAN_CHANGE = "mean_change";
    public static final String SHARE_IMPROVED = "share_improved";
    public static final String WILCOXON_P = "wilcoxon_p";

    public static final String N_GOALS = "n_goals";
    public static final String ACHIEVED = "achieved";
    public static final String PARTLY = "partly";
    public static final String NOT_ACHIEVED = "not_achieved";
    public static final String OPEN = "open";
    public static final String RATE_ACHIEVED = "rate_achieved";

    public static final String STAGE = "stage";
    public static final String CONVERSION = "conversion";

    public static final String N_SPELLS = "n_spells";
    public static final String MEAN_MEETINGS = "mean_meetings";
    public static final String SHARE_ALL_12 = "share_all_12";
    public static final String MEDIAN_INTERVAL_DAYS = "median_interval_days";
    public static final String MINUTES_SHARE = "minutes_share";

    public static final String SHARE_3_MONTHS = "share_3_months";
    public static final String SHARE_FULL_TIME = "share_full_time";
    public static final String SHARE_TRAINING_PLAN = "share_training_plan";
    public static final String SHARE_MENTOR_AT_HOST = "share_mentor_at_host";
    public static final String JOB_RATE = "job_rate";

    public static final String EXIT_YEAR = "exit_year";
    public static final String WORK = "work";
    public static final String OTHER = "other";
    public static final String RATE_WORK_OR_EDUCATION = "rate_work_or_education";

    /** Values of {@code group_type}. */
    public static final String ALL = "all";
    public static final String COHORT = "cohort";
    public static final String TRACK = "track";
    public static final String ARM = "arm";
    public static final String GENDER = "gender";

    /** Values of {@code measure} in job_attachment.csv. */
    public static final String JOB_TO_DATE = "job_to_date";

    /** Values of {@code arm} (comparison.csv and group_type arm). */
    public static final String MENTOR_INTERNSHIP = "mentor_internship";
    public static final String MENTOR_ONLY = "mentor_only";
    public static final String INTERNSHIP_ONLY = "internship_only";
    public static final String ORDINARY = "ordinary";
    public static final String MENTOR_ANY = "mentor_any";

    /** Values of {@code stage} in funnel.csv, in funnel order. */
    public static final List<String> STAGES = List.of("screened", "applied", "interviewed", "offered",
            "matched", "agreement", "started", "completed");

    /** Values of {@code dimension} in skills.csv. */
    public static final List<String> DIMENSIONS = List.of("network", "job_qualification", "career_learning");

    /** completion.csv: the value columns after group_type and group. */
    public static final List<String> COMPLETION_VALUES = List.of(N_ENROLLED, N_MATURED, COMPLETED_ON_TIME,
            COMPLETED_LATE, PAUSED, EDUCATION, DROPPED_OUT, ONGOING, RATE_ON_TIME, CI_LOW, CI_HIGH);

    /** completion.csv: the type of every column, in file order. */
    public static final ColumnType[] COMPLETION_TYPES = {
        ColumnType.STRING, ColumnType.STRING,
        ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER,
        ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER,
        ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE,
    };

    /** job_attachment.csv: the value columns after group_type, group and measure. */
    public static final List<String> JOB_ATTACHMENT_VALUES = List.of(N, N_JOB, RATE, CI_LOW, CI_HIGH);

    /** job_attachment.csv: the type of every column, in file order. */
    public static final ColumnType[] JOB_ATTACHMENT_TYPES = {
        ColumnType.STRING, ColumnType.STRING, ColumnType.STRING,
        ColumnType.INTEGER, ColumnType.INTEGER,
        ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE,
    };

    private MetricColumns() {
    }
}
