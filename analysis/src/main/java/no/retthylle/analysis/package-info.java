/**
 * The analysis job: a warehouse snapshot in, the metric tables of the metrics spec out.
 * {@link no.retthylle.analysis.AnalysisJob} is the only class here that does I/O; the
 * tables live in {@code tables}, the SQL models' Java side in {@code marts}, the
 * statistics in {@code stats}.
 */
package no.retthylle.analysis;
