/**
 * Figures of the report: each is built from protected metric tables by a method that returns a
 * {@link no.retthylle.reports.figures.Figure} (the chart, its caption and footer, the numbers it
 * draws and what it leaves out) without file I/O; charts are XChart category or XY charts with a
 * footer ({@link no.retthylle.reports.figures.FootedChart},
 * {@link no.retthylle.reports.figures.FootedXYChart}), dumped as text for tests, and become PNG,
 * SVG and PDF only in {@link no.retthylle.reports.figures.ChartEncoders}.
 */
package no.retthylle.reports.figures;
