/**
 * Disclosure control for published tables and figures: the four rules of metrics.md
 * "Disclosure control" (primary, complement, derived values, secondary suppression), applied
 * to a {@link no.retthylle.reports.disclosure.MetricTable} described by a
 * {@link no.retthylle.reports.disclosure.TableLayout}. Plain Java, no Spark, no I/O.
 */
package no.retthylle.reports.disclosure;
