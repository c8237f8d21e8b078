package no.retthylle.ingest;

import java.util.List;
import no.retthylle.warehouse.Manifest;
import org.apache.spark.sql.Row;

/**
 * What an ingest (or a validation) found.
 *
 * @param manifest the snapshot's manifest (for a validation: the one it would have)
 * @param reused whether an identical snapshot already existed and was made current again
 * @param firstRejects up to 20 rejects in record-type order (participants first), then line order,
 *     in the columns of {@code Rejects}
 */
public record IngestResult(Manifest manifest, boolean reused, List<Row> firstRejects) {
}
