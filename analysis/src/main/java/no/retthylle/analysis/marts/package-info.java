/**
 * The Java side of the SQL models in {@code src/main/resources/sql}: {@link
 * no.retthylle.analysis.marts.SharedModels} materialises the staging and intermediate
 * models every mart reads, and one {@code *Mart} class per metric table runs its
 * {@code mart_*.sql}, collects the aggregated rows (never person-level rows) and adds the
 * statistics in Java. The one exception is the comparison's propensity model, which needs
 * each person's covariate vector: {@code ComparisonPersons} collects those rows (numbers
 * only, no identifiers) for the comparison population. A new metric table is one more
 * {@code mart_*.sql} and {@code *Mart}.
 */
package no.retthylle.analysis.marts;
