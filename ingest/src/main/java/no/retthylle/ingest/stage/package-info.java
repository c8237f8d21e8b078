/**
 * Phase 1 of ingest: a drop folder in, one staging CSV per record type plus a rejects CSV
 * out. {@link no.retthylle.ingest.stage.DropStager} is the entry point; {@code DropFolder}
 * is the only class that opens the drop's files. The staging CSVs are the contract with
 * phase 2 (Spark: cross-row rules, then Parquet); their format is described on
 * {@code StagingCsv}.
 */
package no.retthylle.ingest.stage;
