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
        List<NumericColumn<?>> columns = values.stream().<NumericColumn<?>>map(table::numberColumn).toList();
        List<MetricRow> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            double[] v = new double[columns.size()];
            for (int c = 0; c < v.length; c++) {
                v[c] = columns.get(c).isMissing(i) ? Double.NaN : columns.get(c).getDouble(i);
            }
            rows.add(new MetricRow(table.stringColumn(MetricColumns.GROUP_TYPE).get(i),
                    table.stringColumn(MetricColumns.GROUP).get(i),
                    stratum == null ? "" : table.stringColumn(stratum).get(i), v));
        }
        return new MetricTable(values, rows);
    }
}
