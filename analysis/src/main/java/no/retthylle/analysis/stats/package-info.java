/**
 * Statistics in plain Java, without Spark: each a small class whose javadoc gives the
 * formula, the R function it matches and its edge cases. They take counts that the Spark
 * jobs aggregated or, where the method needs values (Wilcoxon, propensity model, bootstrap,
 * SMD), value patterns with their number of persons ({@link no.retthylle.analysis.stats.Cells},
 * frequency weights) in primitive arrays: never identifiers, never Spark types.
 */
package no.retthylle.analysis.stats;
