package no.retthylle.reports.disclosure;

import java.util.List;

/**
 * A metric table as the pipeline wrote it: exact values, before disclosure control.
 *
 * @param columns the value columns, in order (the key columns group_type, group and stratum
 *     are in each {@link MetricRow})
 * @param rows the rows, in table order
 */
public record MetricTable(List<String> columns, List<MetricRow> rows) {

    public MetricTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (MetricRow row : rows) {
            if (row.values().length != columns.size()) {
                throw new IllegalArgumentException("row " + row.groupType() + "/" + row.group()
                        + " has " + row.values().length + " values for " + columns.size() + " columns");
            }
        }
    }

    /** The position of a column; throws if the table has no such column. */
    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        return i;
    }
}
