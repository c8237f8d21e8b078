/**
 * Statistics in plain Java, without Spark: each a small class whose javadoc gives the
 * formula, the R function it matches and its edge cases. They take counts that the Spark
 * jobs aggregated, never person-level rows.
 */
package no.retthylle.analysis.stats;
