package no.retthylle.ingest.check;

import no.retthylle.warehouse.RecordType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One record type after the cross-row checks.
 *
 * @param accepted the rows that passed, in the record type's columns (no {@code _line})
 * @param rejects the rows that failed, in the columns of {@code Rejects}
 */
public record CheckedTable(RecordType type, Dataset<Row> accepted, Dataset<Row> rejects) {
}
