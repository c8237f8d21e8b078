package no.retthylle.analysis.marts;

import java.util.List;
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
}
