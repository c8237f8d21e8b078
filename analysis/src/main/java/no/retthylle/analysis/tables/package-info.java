/**
 * The metric tables the analysis publishes as {@code OUT/metrics/*.csv}: one class per
 * table holding its file name, its column-name constants (the reports layer reads the
 * CSVs by these names) and its rows, plus the shared group key and the CSV rendering.
 * Everything here is plain Java without Spark and does no I/O.
 */
package no.retthylle.analysis.tables;
