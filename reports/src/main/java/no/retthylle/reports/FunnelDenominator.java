package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.N;
import static no.retthylle.reports.MetricColumns.N_PREVIOUS_STAGE;
import static no.retthylle.reports.MetricColumns.STAGES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.reports.disclosure.MetricRow;
import no.retthylle.reports.disclosure.MetricTable;

/**
 * funnel.csv's conversion is n ÷ the previous stage's n of the same group, a rate whose
 * denominator sits in another row. Disclosure control sees only one row at a time, so this
 * adds the denominator as a column ({@link MetricColumns#N_PREVIOUS_STAGE}) before it runs:
 * then the complement rule hides a conversion whose complement is small (3 of 5 completed
 * gives away the 2 who did not) and takes its n with it. The first stage, and a stage whose
 * previous stage has no row, get no denominator (missing).
 */
public final class FunnelDenominator {

    private FunnelDenominator() {
    }

    /** The funnel table with the previous stage's n as one more value column. */
    public static MetricTable added(MetricTable funnel) {
        int n = funnel.column(N);
        Map<String, Double> nByKey = new HashMap<>();
        for (MetricRow row : funnel.rows()) {
            nByKey.put(key(row.groupType(), row.group(), row.stratum()), row.values()[n]);
        }
        List<String> columns = new ArrayList<>(funnel.columns());
        columns.add(N_PREVIOUS_STAGE);
        List<MetricRow> rows = new ArrayList<>();
        for (MetricRow row : funnel.rows()) {
            int stage = STAGES.indexOf(row.stratum());
            double previous = stage <= 0 ? Double.NaN
                    : nByKey.getOrDefault(key(row.groupType(), row.group(), STAGES.get(stage - 1)), Double.NaN);
            double[] values = java.util.Arrays.copyOf(row.values(), columns.size());
            values[columns.size() - 1] = previous;
            rows.add(new MetricRow(row.groupType(), row.group(), row.stratum(), values));
        }
        return new MetricTable(columns, rows);
    }

    private static String key(String groupType, String group, String stage) {
        return groupType + "\u0000" + group + "\u0000" + stage;
    }
}
