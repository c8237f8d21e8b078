package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code internships.csv}: the internship spells per group (all, arm of the person), with
 * their length, full-time, training-plan and mentor-at-host shares and the relevant-job
 * rate of the ended ones (metrics spec, "Internships"). Rows are kept in group order.
 * share_3_months is over n, which the table publishes; the other shares are over counts it
 * does not publish (internships with the value given, ended internships): those counts are
 * {@link #shareCounts()}, written to {@code share_counts.json} for disclosure control.
 */
public record InternshipsTable(List<Row> rows) implements MetricTable, ShareCounted {

    public static final String FILE_NAME = "internships.csv";
    public static final String N = "n";
    public static final String MEDIAN_DAYS = "median_days";
    public static final String SHARE_3_MONTHS = "share_3_months";
    public static final String SHARE_FULL_TIME = "share_full_time";
    public static final String SHARE_TRAINING_PLAN = "share_training_plan";
    public static final String SHARE_MENTOR_AT_HOST = "share_mentor_at_host";
    public static final String JOB_RATE = "job_rate";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP,
            N, MEDIAN_DAYS, SHARE_3_MONTHS, SHARE_FULL_TIME, SHARE_TRAINING_PLAN,
            SHARE_MENTOR_AT_HOST, JOB_RATE);

    /**
     * One group; NaN where the denominator is 0.
     *
     * @param n internships
     * @param medianDays median (R {@code median}) of (end_date, or as_of while ongoing) −
     *     start_date in days
     * @param share3Months internships lasting to at least start_date + 3 calendar months ÷ n
     * @param shareFullTime fte_pct = 100 ÷ internships with fte_pct given
     * @param shareTrainingPlan training_plan true ÷ internships with it given
     * @param shareMentorAtHost mentor_at_host true ÷ internships with it given
     * @param jobRate ended internships with a relevant job in [start_date, min(end_date +
     *     job window, as_of)] ÷ ended internships
     */
    public record Row(GroupKey group, long n, double medianDays, double share3Months,
            Share shareFullTime, Share shareTrainingPlan, Share shareMentorAtHost, Share jobRate) {
    }

    public InternshipsTable {
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
                count(r.n()), fraction(r.medianDays()), fraction(r.share3Months()),
                fraction(r.shareFullTime().value()), fraction(r.shareTrainingPlan().value()),
                fraction(r.shareMentorAtHost().value()), fraction(r.jobRate().value()))).toList();
    }

    /**
     * The numerator and denominator of share_full_time, share_training_plan,
     * share_mentor_at_host and job_rate in every row, in row order.
     */
    @Override
    public List<ShareCount> shareCounts() {
        return rows.stream().flatMap(r -> Stream.of(
                ShareCount.of(FILE_NAME, r.group(), SHARE_FULL_TIME, r.shareFullTime()),
                ShareCount.of(FILE_NAME, r.group(), SHARE_TRAINING_PLAN, r.shareTrainingPlan()),
                ShareCount.of(FILE_NAME, r.group(), SHARE_MENTOR_AT_HOST, r.shareMentorAtHost()),
                ShareCount.of(FILE_NAME, r.group(), JOB_RATE, r.jobRate()))).toList();
    }
}
