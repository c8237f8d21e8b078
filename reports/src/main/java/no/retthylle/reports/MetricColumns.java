package no.retthylle.reports;

import java.util.List;
import no.retthylle.analysis.tables.CompletionTable;
import no.retthylle.analysis.tables.GroupKey;
import no.retthylle.analysis.tables.GroupType;
import no.retthylle.analysis.tables.JobAttachmentTable;
import no.retthylle.analysis.tables.SelfSufficiencyTable;

/**
 * Column names of the metric tables the report reads (metrics.md). Where the analysis module
 * declares a table's columns ({@code no.retthylle.analysis.tables}) these are its constants;
 * the others are declared here until the analysis has them. Which columns make up which file,
 * in file order, is in {@link MetricFamilies}.
 */
public final class MetricColumns {

    public static final String GROUP_TYPE = GroupKey.GROUP_TYPE;
    public static final String GROUP = GroupKey.GROUP;
    public static final String MEASURE = JobAttachmentTable.MEASURE;

    public static final String N_ENROLLED = CompletionTable.N_ENROLLED;
    public static final String N_MATURED = CompletionTable.N_MATURED;
    public static final String COMPLETED_ON_TIME = CompletionTable.COMPLETED_ON_TIME;
    public static final String COMPLETED_LATE = CompletionTable.COMPLETED_LATE;
    public static final String PAUSED = CompletionTable.PAUSED;
    public static final String EDUCATION = CompletionTable.EDUCATION;
    public static final String DROPPED_OUT = CompletionTable.DROPPED_OUT;
    public static final String ONGOING = CompletionTable.ONGOING;
    public static final String RATE_ON_TIME = CompletionTable.RATE_ON_TIME;

    public static final String N = JobAttachmentTable.N;
    public static final String N_JOB = JobAttachmentTable.N_JOB;
    public static final String RATE = JobAttachmentTable.RATE;

    public static final String CI_LOW = CompletionTable.CI_LOW;
    public static final String CI_HIGH = CompletionTable.CI_HIGH;

    public static final String FULL = SelfSufficiencyTable.FULL;
    public static final String SUBSIDISED = SelfSufficiencyTable.SUBSIDISED;
    public static final String PARTIAL = SelfSufficiencyTable.PARTIAL;

    /** time_to_job_summary.csv. */
    public static final String EVENTS = "events";
    public static final String MEDIAN_DAYS = "median_days";
    public static final String P_JOB_180 = "p_job_180";
    public static final String P_JOB_365 = "p_job_365";
    public static final String P_JOB_730 = "p_job_730";

    /** comparison.csv and balance.csv. */
    public static final String ARM_COLUMN = "arm";
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

    /** skills.csv and goals.csv. */
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

    /** intro_status.csv. */
    public static final String EXIT_YEAR = "exit_year";
    public static final String WORK = "work";
    public static final String OTHER = "other";
    public static final String RATE_WORK_OR_EDUCATION = "rate_work_or_education";

    /** funnel.csv. */
    public static final String STAGE = "stage";
    public static final String CONVERSION = "conversion";

    /** meetings.csv. */
    public static final String N_SPELLS = "n_spells";
    public static final String MEAN_MEETINGS = "mean_meetings";
    public static final String SHARE_ALL_12 = "share_all_12";
    public static final String MEDIAN_INTERVAL_DAYS = "median_interval_days";
    public static final String MINUTES_SHARE = "minutes_share";

    /** internships.csv. */
    public static final String SHARE_3_MONTHS = "share_3_months";
    public static final String SHARE_FULL_TIME = "share_full_time";
    public static final String SHARE_TRAINING_PLAN = "share_training_plan";
    public static final String SHARE_MENTOR_AT_HOST = "share_mentor_at_host";
    public static final String JOB_RATE = "job_rate";

    /** The summary of rejected rows per input file, from run.json's inputs. */
    public static final String INPUT = "input";
    public static final String ROWS_READ = "rows_read";
    public static final String ROWS_REJECTED = "rows_rejected";

    /** Values of {@code group_type}. */
    public static final String ALL = GroupType.ALL.label();
    public static final String COHORT = GroupType.COHORT.label();
    public static final String TRACK = GroupType.TRACK.label();
    public static final String ARM = GroupType.ARM.label();
    public static final String GENDER = GroupType.GENDER.label();

    /** Values of {@code measure} in job_attachment.csv. */
    public static final String JOB_BY_END = JobAttachmentTable.Measure.JOB_BY_END.label();
    public static final String JOB_TO_DATE = JobAttachmentTable.Measure.JOB_TO_DATE.label();

    /** The arm every other arm of comparison.csv is compared with, and the union of the mentor arms. */
    public static final String ORDINARY = "ordinary";
    public static final String MENTOR_ANY = "mentor_any";

    /** Values of {@code stage} in funnel.csv, in funnel order. */
    public static final List<String> STAGES = List.of("screened", "applied", "interviewed", "offered", "matched",
            "agreement", "started", "completed");

    private MetricColumns() {
    }
}
