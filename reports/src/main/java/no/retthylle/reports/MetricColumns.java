package no.retthylle.reports;

import java.util.List;
import no.retthylle.analysis.tables.BalanceTable;
import no.retthylle.analysis.tables.ComparisonTable;
import no.retthylle.analysis.tables.CompletionTable;
import no.retthylle.analysis.tables.GroupKey;
import no.retthylle.analysis.tables.GroupType;
import no.retthylle.analysis.tables.JobAttachmentTable;
import no.retthylle.analysis.tables.SelfSufficiencyTable;
import no.retthylle.analysis.tables.TimeToJobSummaryTable;
import no.retthylle.analysis.tables.TimeToJobTable;

/**
 * Column names and values of the metric tables the report reads (metrics.md). Where the analysis
 * module declares a table's columns ({@code no.retthylle.analysis.tables}) these are its
 * constants; the others are declared here until the analysis has them. Which columns make up
 * which file, in file order, is in {@link MetricFamilies}.
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

    /** time_to_job.csv: the Kaplan–Meier steps. */
    public static final String T_DAYS = TimeToJobTable.T_DAYS;
    public static final String N_RISK = TimeToJobTable.N_RISK;
    public static final String N_EVENT = TimeToJobTable.N_EVENT;
    public static final String N_CENSOR = TimeToJobTable.N_CENSOR;
    public static final String SURVIVAL = TimeToJobTable.SURVIVAL;

    /** time_to_job_summary.csv. */
    public static final String EVENTS = TimeToJobSummaryTable.EVENTS;
    public static final String MEDIAN_DAYS = TimeToJobSummaryTable.MEDIAN_DAYS;
    public static final String P_JOB_180 = TimeToJobSummaryTable.P_JOB_180;
    public static final String P_JOB_365 = TimeToJobSummaryTable.P_JOB_365;
    public static final String P_JOB_730 = TimeToJobSummaryTable.P_JOB_730;

    /** comparison.csv and balance.csv. */
    public static final String ARM_COLUMN = ComparisonTable.ARM;
    public static final String RD = ComparisonTable.RD;
    public static final String RD_LOW = ComparisonTable.RD_LOW;
    public static final String RD_HIGH = ComparisonTable.RD_HIGH;
    public static final String RR = ComparisonTable.RR;
    public static final String RR_LOW = ComparisonTable.RR_LOW;
    public static final String RR_HIGH = ComparisonTable.RR_HIGH;
    public static final String FISHER_P = ComparisonTable.FISHER_P;
    public static final String RD_ADJ = ComparisonTable.RD_ADJ;
    public static final String RD_ADJ_LOW = ComparisonTable.RD_ADJ_LOW;
    public static final String RD_ADJ_HIGH = ComparisonTable.RD_ADJ_HIGH;
    public static final String WARNING = ComparisonTable.WARNING;
    public static final String COVARIATE = BalanceTable.COVARIATE;
    public static final String SMD_BEFORE = BalanceTable.SMD_BEFORE;
    public static final String SMD_AFTER = BalanceTable.SMD_AFTER;

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
    /**
     * funnel: the previous stage's n of the same group, the denominator of conversion. Not in
     * funnel.csv: added by {@link FunnelDenominator} before disclosure control, never shown.
     */
    public static final String N_PREVIOUS_STAGE = "n_previous_stage";

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

    /**
     * meetings and internships: the hidden column of a share's numerator, e.g.
     * {@code share_training_plan_numerator}. Not in the CSVs: added by
     * {@link ShareDenominators} from share_counts.json before disclosure control, never shown.
     */
    public static String numeratorOf(String share) {
        return share + "_numerator";
    }

    /** The hidden column of a share's denominator; see {@link #numeratorOf}. */
    public static String denominatorOf(String share) {
        return share + "_denominator";
    }

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

    /**
     * Values of {@code arm} (comparison.csv and group_type arm); ordinary is the arm every other
     * arm of comparison.csv is compared with, mentor_any the union of the two mentor arms.
     */
    public static final String MENTOR_INTERNSHIP = ComparisonTable.Arm.MENTOR_INTERNSHIP.label();
    public static final String MENTOR_ONLY = ComparisonTable.Arm.MENTOR_ONLY.label();
    public static final String INTERNSHIP_ONLY = "internship_only";
    public static final String ORDINARY = ComparisonTable.Arm.ORDINARY.label();
    public static final String MENTOR_ANY = ComparisonTable.Arm.MENTOR_ANY.label();

    /**
     * The group type comparison.csv's ordinary row is read under (mentor_any is read as
     * {@link #ALL}, the two mentor arms as {@link #ARM}): a type no rule sums.
     */
    public static final String REFERENCE = "reference";

    /** Values of {@code stage} in funnel.csv, in funnel order. */
    public static final List<String> STAGES = List.of("screened", "applied", "interviewed", "offered", "matched",
            "agreement", "started", "completed");

    /** Values of {@code dimension} in skills.csv. */
    public static final List<String> DIMENSIONS = List.of("network", "job_qualification", "career_learning");

    private MetricColumns() {
    }
}
