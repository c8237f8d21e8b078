/**
 * The Java side of the SQL models in {@code src/main/resources/sql}: {@link
 * no.retthylle.analysis.marts.SharedModels} materialises the staging and intermediate
 * models every mart reads, and one {@code *Mart} class per metric table runs its
 * {@code mart_*.sql}, collects the aggregated rows (never person-level rows) and adds the
 * statistics in Java. The comparison's propensity model, which works on covariate vectors,
 * gets them as covariate patterns: {@code ComparisonPersons} collects one row per cell of
 * persons with equal arm, outcome and covariates, with the number of persons (numbers only,
 * no identifiers). A new metric table is one more
 * {@code mart_*.sql} and {@code *Mart}.
 */
package no.retthylle.analysis.marts;
