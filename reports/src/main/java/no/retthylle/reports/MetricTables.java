package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.ALL;
import static no.retthylle.reports.MetricColumns.ARM;
import static no.retthylle.reports.MetricColumns.MENTOR_ANY;
import static no.retthylle.reports.MetricColumns.ORDINARY;
import static no.retthylle.reports.MetricColumns.REFERENCE;

import java.util.ArrayList;
import java.util.List;
import no.retthylle.reports.disclosure.MetricRow;
import no.retthylle.reports.disclosure.MetricTable;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Turns a metric table read by Tablesaw into the plain form disclosure control works on, keeping
 * its key and text cells for display.
 *
 * <p>Row keys by {@link MetricFamily.Keying}: GROUPED rows keep group_type and group, and the
 * further keys joined by {@code /} as the stratum. In comparison.csv (ARM) mentor_any is the
 * {@code all} row and the two mentor arms its {@code arm} parts, so secondary suppression keeps
 * a hidden arm from being worked back from the union; ordinary stands alone. SINGLE rows (one
 * key column) each have the column's name as group type and its value as group.
 */
final class MetricTables {

    private MetricTables() {
    }

    /** The Tablesaw type of every column of {@code family}, in file order. */
    static ColumnType[] types(MetricFamily family) {
        List<ColumnType> types = new ArrayList<>();
        family.keys().forEach(k -> types.add(ColumnType.STRING));
        family.values().forEach(v -> types.add(ColumnType.DOUBLE));
        family.texts().forEach(t -> types.add(ColumnType.STRING));
        return types.toArray(ColumnType[]::new);
    }

    /** The table's rows with {@code family}'s values in order, missing cells as NaN. */
    static SourceTable of(Table table, MetricFamily family) {
        List<NumericColumn<?>> columns = family.values().stream().<NumericColumn<?>>map(table::numberColumn).toList();
        List<MetricRow> rows = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            double[] v = new double[columns.size()];
            for (int c = 0; c < v.length; c++) {
                v[c] = columns.get(c).isMissing(i) ? Double.NaN : columns.get(c).getDouble(i);
            }
            List<String> key = strings(table, family.keys(), i);
            rows.add(row(family, key, v));
            keys.add(key);
            texts.add(strings(table, family.texts(), i));
        }
        return new SourceTable(family, new MetricTable(family.values(), rows), keys, texts);
    }

    private static MetricRow row(MetricFamily family, List<String> key, double[] values) {
        return switch (family.keying()) {
            case GROUPED -> new MetricRow(key.get(0), key.get(1), String.join("/", key.subList(2, key.size())), values);
            case ARM -> new MetricRow(armType(key.get(0)), key.get(0), "", values);
            case SINGLE -> new MetricRow(family.keys().get(0), key.get(0), "", values);
        };
    }

    private static String armType(String arm) {
        if (arm.equals(MENTOR_ANY)) {
            return ALL;
        }
        return arm.equals(ORDINARY) ? REFERENCE : ARM;
    }

    private static List<String> strings(Table table, List<String> names, int row) {
        return names.stream().map(n -> table.stringColumn(n).isMissing(row) ? "" : table.stringColumn(n).get(row))
                .toList();
    }
}
