package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.JOB_RATE;
import static no.retthylle.reports.MetricColumns.MINUTES_SHARE;
import static no.retthylle.reports.MetricColumns.SHARE_ALL_12;
import static no.retthylle.reports.MetricColumns.SHARE_FULL_TIME;
import static no.retthylle.reports.MetricColumns.SHARE_MENTOR_AT_HOST;
import static no.retthylle.reports.MetricColumns.SHARE_TRAINING_PLAN;
import static no.retthylle.reports.MetricColumns.denominatorOf;
import static no.retthylle.reports.MetricColumns.numeratorOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.retthylle.analysis.ShareCounts;
import no.retthylle.analysis.tables.ShareCount;
import no.retthylle.reports.disclosure.MetricRow;
import no.retthylle.reports.disclosure.MetricTable;

/**
 * meetings.csv and internships.csv publish shares whose numerator and denominator are in no
 * metric CSV: share_all_12 (over completed spells) and minutes_share (over meetings with the
 * flag given); share_full_time, share_training_plan and share_mentor_at_host (over the
 * internships with the value given) and job_rate (over the ended internships). Disclosure
 * control sees only the row, so this adds both counts of each share as columns
 * ({@link MetricColumns#numeratorOf}, {@link MetricColumns#denominatorOf}), read from
 * {@code share_counts.json} ({@link ShareCounts}), before it runs: then the complement rule
 * hides a share whose complement is small (4 of 5 internships with a training plan gives away
 * the 1 without), a hidden share takes its numerator with it, and the counts take part in the
 * column sums like any count. The added columns are never shown.
 *
 * <p>A share with no entry in the file (the file missing, or not written by the same run: its
 * counts do not give the published value) gets 0 of 0, so in public mode it is hidden
 * (denominator below k) rather than published unchecked. share_3_months is over n, which
 * internships.csv publishes, and needs nothing added.
 */
public final class ShareDenominators {

    /**
     * A published value and the value of its counts differ by more than rounding to the 6
     * significant digits the metrics spec allows: not the same run.
     */
    private static final double TOLERANCE = 1e-6;

    /** The counts of a share without (agreeing) counts in the file: 0 of 0. */
    private static final ShareCount NONE = new ShareCount("", "", "", "", 0, 0);

    /** The shares whose counts are added, per table, in column order. */
    private static final Map<MetricFamily, List<String>> SHARES = Map.of(
            MetricFamilies.MEETINGS, List.of(SHARE_ALL_12, MINUTES_SHARE),
            MetricFamilies.INTERNSHIPS, List.of(SHARE_FULL_TIME, SHARE_TRAINING_PLAN, SHARE_MENTOR_AT_HOST, JOB_RATE));

    private ShareDenominators() {
    }

    /**
     * The table with each share's numerator and denominator as two more value columns (per
     * share, in {@link #SHARES} order); a table of another family is returned as it is.
     */
    public static MetricTable added(MetricTable table, MetricFamily family, ShareCounts counts) {
        List<String> shares = SHARES.getOrDefault(family, List.of());
        if (shares.isEmpty()) {
            return table;
        }
        List<String> columns = new ArrayList<>(table.columns());
        shares.forEach(s -> columns.addAll(List.of(numeratorOf(s), denominatorOf(s))));
        List<MetricRow> rows = new ArrayList<>();
        for (MetricRow row : table.rows()) {
            double[] values = Arrays.copyOf(row.values(), columns.size());
            int next = table.columns().size();
            for (String share : shares) {
                ShareCount count = counts.find(family.fileName(), row.groupType(), row.group(), share)
                        .filter(c -> agrees(c, row.values()[table.column(share)])).orElse(NONE);
                values[next++] = count.numerator();
                values[next++] = count.denominator();
            }
            rows.add(new MetricRow(row.groupType(), row.group(), row.stratum(), values));
        }
        return new MetricTable(columns, rows);
    }

    private static boolean agrees(ShareCount count, double value) {
        if (count.denominator() == 0 || Double.isNaN(value)) {
            return count.denominator() == 0 && Double.isNaN(value);
        }
        return Math.abs((double) count.numerator() / count.denominator() - value) <= TOLERANCE;
    }
}
