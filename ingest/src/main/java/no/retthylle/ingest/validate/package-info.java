/**
 * Per-row rules of the records contract: parsing each cell by its column type into its
 * canonical text (dates {@code yyyy-MM-dd}, booleans {@code true}/{@code false}, enums by
 * their canonical name), ranges, and the rules between columns of one row. Cross-row rules
 * (unique keys, references between files, overlapping spells) are not here: they need the
 * whole drop and run later in Spark.
 */
package no.retthylle.ingest.validate;
