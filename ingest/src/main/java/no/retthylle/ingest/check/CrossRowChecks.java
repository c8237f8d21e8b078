package no.retthylle.ingest.check;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.spark.SqlModels;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;
import no.retthylle.warehouse.Rejects;
import no.retthylle.warehouse.Staging;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Runs the models {@code sql/stg/stg_checked_TYPE.sql} over views {@code staged_TYPE}
 * (the staged files, registered by the caller). Each model adds {@code _reject_column},
 * {@code _reject_value} and {@code _reject_reason}, null on a row that passes. A row
 * rejected here is counted once, with the first rule it breaks.
 *
 * <p>participants is checked first: a row of another type whose person's participants
 * row was rejected is itself rejected as an unknown person_id.
 */
public final class CrossRowChecks {

    static final String REJECT_COLUMN = "_reject_column";
    static final String REJECT_VALUE = "_reject_value";
    static final String REJECT_REASON = "_reject_reason";

    private CrossRowChecks() {
    }

    /** The view name under which the staged file of a record type must be registered. */
    public static String stagedView(RecordType type) {
        return "staged_" + type.name();
    }

    /**
     * Checks every record type.
     *
     * @param inputNames the input file name of each record type, as rejects name it
     */
    public static List<CheckedTable> check(SparkSession spark, Map<RecordType, String> inputNames) {
        SqlModels models = new SqlModels(spark, Map.of());
        List<CheckedTable> checked = new ArrayList<>();
        for (RecordType type : RecordTypes.ALL) {
            // Persisted: the accepted rows, the rejects and their counts all read it, and the
            // later models join against the checked participants.
            Dataset<Row> flagged = models.materialise("stg/stg_checked_" + type.name())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            checked.add(new CheckedTable(type, accepted(flagged, type), rejects(flagged, inputNames.get(type))));
        }
        return checked;
    }

    /** The rows each input file lost to the cross-row checks, counted in one Spark job. */
    public static Map<String, Long> rejectedRowsPerFile(List<CheckedTable> checked) {
        Dataset<Row> all = checked.stream().map(CheckedTable::rejects).reduce(Dataset::union).orElseThrow();
        Map<String, Long> counts = new HashMap<>();
        for (Row row : all.groupBy(col(Rejects.FILE)).count().collectAsList()) {
            counts.put(row.getString(0), row.getLong(1));
        }
        return counts;
    }

    private static Dataset<Row> accepted(Dataset<Row> flagged, RecordType type) {
        Column[] columns = type.columnNames().stream().map(name -> col(name)).toArray(Column[]::new);
        return flagged.where(col(REJECT_REASON).isNull()).select(columns);
    }

    private static Dataset<Row> rejects(Dataset<Row> flagged, String inputName) {
        return flagged.where(col(REJECT_REASON).isNotNull()).select(
                lit(inputName).as(Rejects.FILE),
                col(Staging.LINE).as(Rejects.LINE),
                col(REJECT_COLUMN).as(Rejects.COLUMN),
                col(REJECT_VALUE).as(Rejects.VALUE),
                col(REJECT_REASON).as(Rejects.REASON));
    }
}
