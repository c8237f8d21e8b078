/**
 * Turning one record file into rows of trimmed text cells: CSV over a {@link java.io.Reader}
 * (delimiter detected, BOM stripped) and xlsx sheets (cached values, dates as
 * {@code yyyy-MM-dd}), plus detection of a file's character encoding. Nothing here opens
 * files or knows the records contract: callers hand in readers, streams and sheets.
 */
package no.retthylle.ingest.read;
