/**
 * Figures of the report: each is described by a value ({@link no.retthylle.reports.figures.RateFigure}),
 * built into an XChart chart by a method that returns it (no file I/O), dumped as text for tests,
 * and written as PNG and SVG only by {@link no.retthylle.reports.figures.ChartEncoders}.
 */
package no.retthylle.reports.figures;
