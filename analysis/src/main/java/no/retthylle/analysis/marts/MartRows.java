package no.retthylle.analysis.marts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.analysis.tables.GroupKey;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/** Reading the aggregated rows of a mart on the driver. */
final class MartRows {

    private MartRows() {
    }

    /** Runs a mart model and collects its rows; a mart aggregates, so they are few. */
    static List<Row> collect(SqlModels models, String model) {
        return models.run(model).collectAsList();
    }

    /** The group of a mart row, from its {@code group_type} and {@code group} columns. */
    static GroupKey group(Row row) {
        return GroupKey.of(row.getAs(GroupKey.GROUP_TYPE), row.getAs(GroupKey.GROUP));
    }

    /** A count column ({@code count(*)}, {@code count_if}: a Spark bigint). */
    static long count(Row row, String column) {
        return row.<Long>getAs(column);
    }

    /** numerator ÷ denominator, or {@link Double#NaN} (an empty cell) when the denominator is 0. */
    static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }

    /**
     * The rows of a (group, value, count) mart as value counts per group, e.g. the days
     * between meetings and how often each occurs; the value column is an int.
     */
    static Map<GroupKey, Map<Long, Long>> valueCounts(List<Row> rows, String valueColumn, String countColumn) {
        Map<GroupKey, Map<Long, Long>> byGroup = new HashMap<>();
        for (Row row : rows) {
            long value = row.<Integer>getAs(valueColumn);
            byGroup.computeIfAbsent(group(row), g -> new HashMap<>()).merge(value, count(row, countColumn), Long::sum);
        }
        return byGroup;
    }
}
