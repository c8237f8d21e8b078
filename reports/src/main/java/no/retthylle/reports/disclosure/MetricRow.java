package no.retthylle.reports.disclosure;

import java.util.Arrays;

/**
 * One row of a metric table.
 *
 * @param groupType {@code all}, {@code cohort}, {@code track}, {@code arm} or {@code gender}
 * @param group the group within its type
 * @param stratum further key columns that split the table into independent sums (e.g. the
 *     {@code measure} of job_attachment.csv); empty when the table has none
 * @param values one value per column of the table, NaN where the value is not defined
 */
public record MetricRow(String groupType, String group, String stratum, double[] values) {

    public MetricRow {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    double value(int column) {
        return values[column];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricRow r && groupType.equals(r.groupType) && group.equals(r.group)
                && stratum.equals(r.stratum) && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(groupType, group, stratum) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return groupType + "/" + group + (stratum.isEmpty() ? "" : "/" + stratum) + Arrays.toString(values);
    }
}
