package no.retthylle.reports.figures;

/**
 * A straight line across the plot at a value of one axis (a goal, zero, a threshold).
 *
 * @param vertical true for a line at an x value, false for one at a y value
 */
public record ReferenceLine(double value, boolean vertical) {
}
