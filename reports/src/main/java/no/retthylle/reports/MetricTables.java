package no.retthylle.reports;

import java.util.ArrayList;
import java.util.List;
import no.retthylle.reports.disclosure.MetricRow;
import no.retthylle.reports.disclosure.MetricTable;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** Turns a metric table read by Tablesaw into the plain form disclosure control works on. */
final class MetricTables {

    private MetricTables() {
    }

    /**
     * The table's rows keyed by group_type, group and (when {@code stratum} is not null) that
     * column; {@code values} in order, missing cells as NaN.
     */
    static MetricTable of(Table table, List<String> values, String stratum) {
        return of(table, List.of(MetricColumns.GROUP_TYPE, MetricColumns.GROUP), stratum, values);
    }

    /**
     * As {@link #of(Table, List, String)}, for a table whose rows are named by {@code keys}:
     * {@code group_type, group}, or one column (comparison.csv's {@code arm}, balance.csv's
     * {@code covariate}), which then stands as the group type and its value as the group.
     */
    static MetricTable of(Table table, List<String> keys, String stratum, List<String> values) {
        List<NumericColumn<?>> columns = values.stream().<NumericColumn<?>>map(table::numberColumn).toList();
        List<MetricRow> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            double[] v = new double[columns.size()];
            for (int c = 0; c < v.length; c++) {
                v[c] = columns.get(c).isMissing(i) ? Double.NaN : columns.get(c).getDouble(i);
            }
            boolean single = keys.size() == 1;
            rows.add(new MetricRow(single ? keys.get(0) : table.stringColumn(keys.get(0)).get(i),
                    table.stringColumn(keys.get(single ? 0 : 1)).get(i),
                    stratum == null ? "" : table.stringColumn(stratum).get(i), v));
        }
        return new MetricTable(values, rows);
    }
}
