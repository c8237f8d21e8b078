/**
 * The metric tables the analysis publishes as {@code OUT/metrics/*.csv}: one class per
 * table holding its file name, its column-name constants (the reports layer reads the
 * CSVs by these names) and its rows, plus the shared group key and the CSV rendering, and
 * the shares whose counts a table does not publish ({@link no.retthylle.analysis.tables.Share},
 * {@link no.retthylle.analysis.tables.ShareCount}: what goes to {@code share_counts.json}).
 * Everything here is plain Java without Spark and does no I/O.
 */
package no.retthylle.analysis.tables;
