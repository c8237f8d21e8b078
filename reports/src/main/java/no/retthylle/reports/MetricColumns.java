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

    /** Values of {@code group_type}. */
    public static final String ALL = "all";
    public static final String COHORT = "cohort";
    public static final String TRACK = "track";
    public static final String ARM = "arm";
    public static final String GENDER = "gender";

    /** Values of {@code measure} in job_attachment.csv. */
    public static final String JOB_TO_DATE = "job_to_date";

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
