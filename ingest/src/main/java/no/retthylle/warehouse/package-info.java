/**
 * The warehouse contract shared by every module: one schema class per record type (its
 * column-name constants and its Spark {@code StructType}) and the on-disk layout of
 * snapshots. Column names as string literals appear nowhere else in Java code.
 */
package no.retthylle.warehouse;
