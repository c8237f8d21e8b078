/**
 * Ingest: a drop (six record files and drop.properties) becomes a validated, pseudonymous
 * Parquet snapshot. Phase 1 reads and checks row by row in plain Java and writes staged
 * CSVs; phase 2 runs the cross-row checks in Spark and writes the snapshot.
 */
package no.retthylle.ingest;
