/**
 * The benchmark's yardsticks, run by {@code bench/run}: a bare Spark CSV-to-Parquet
 * conversion (what ingest costs beyond reading and writing) and DuckDB computing the core
 * aggregates from the same snapshot (a fast single-machine engine to compare analyse with).
 */
package no.retthylle.bench;
