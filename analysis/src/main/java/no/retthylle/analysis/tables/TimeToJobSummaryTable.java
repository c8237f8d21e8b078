package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.Comparator;
import java.util.List;

/**
 * {@code time_to_job_summary.csv}: per group of {@code time_to_job.csv}, the persons, the
 * events, the median time to a relevant job (R {@code quantile(fit, 0.5)}: a mid-point of a
 * flat stretch at exactly 0.5 may end in {@code .5}; empty if S never reaches 0.5) and
 * 1 − S(t) at 180, 365 and 730 days (empty when t is past the group's last time). Rows are
 * kept in group order; a table without persons has no rows.
 */
public record TimeToJobSummaryTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "time_to_job_summary.csv";
    public static final String N = "n";
    public static final String EVENTS = "events";
    public static final String MEDIAN_DAYS = "median_days";
    public static final String P_JOB_180 = "p_job_180";
    public static final String P_JOB_365 = "p_job_365";
    public static final String P_JOB_730 = "p_job_730";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP,
            N, EVENTS, MEDIAN_DAYS, P_JOB_180, P_JOB_365, P_JOB_730);

    /**
     * One group.
     *
     * @param medianDays NaN when not reached
     * @param pJob180 1 − S(180), NaN past the last time; likewise 365 and 730
     */
    public record Row(GroupKey group, long n, long events, double medianDays, double pJob180,
            double pJob365, double pJob730) {
    }

    public TimeToJobSummaryTable {
        rows = rows.stream().sorted(Comparator.comparing(Row::group)).toList();
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<List<String>> cells() {
        return rows.stream().map(r -> List.of(r.group().type().label(), r.group().group(),
                count(r.n()), count(r.events()), fraction(r.medianDays()), fraction(r.pJob180()),
                fraction(r.pJob365()), fraction(r.pJob730()))).toList();
    }
}
