/**
 * The public tables as one Excel workbook ({@code tables.xlsx}, Apache POI): one sheet per
 * table, a styled and frozen header row, {@code :} for suppressed cells, and text cells that a
 * spreadsheet could take for a formula written as literal text. Built in memory; no file I/O.
 */
package no.retthylle.reports.workbook;
