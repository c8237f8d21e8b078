package no.retthylle.ingest.stage;

import java.nio.file.Path;
import no.retthylle.warehouse.RecordType;

/**
 * One record type after staging.
 *
 * @param type the record type
 * @param input the file it was read from: the {@code .csv}, or the {@code .xlsx} workbook
 * @param inputSha256 SHA-256 of the input file's bytes, lower-case hex
 * @param rowsRead data rows read (rows with every cell empty are not counted)
 * @param rowsRejected rows not staged because they broke at least one rule
 * @param stagingCsv the staging CSV holding the {@code rowsRead - rowsRejected} valid rows
 */
public record StagedFile(RecordType type, Path input, String inputSha256, long rowsRead, long rowsRejected,
        Path stagingCsv) {
}
