package no.retthylle.reports.figures;

import java.util.List;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * A built figure, ready to encode: what figures.json and the report say about it, and the chart.
 *
 * @param id the file name stem and the id in figures.json
 * @param caption the caption under the figure in the report (not drawn in the chart)
 * @param chart a {@link FootedChart} or a {@link FootedXYChart}
 * @param footer the lines drawn under the chart (source, notes, marking)
 * @param data the numbers drawn, one map per point or bar (never a suppressed number)
 * @param notShown the points or bars not drawn, named without their numbers
 */
public record Figure(String id, String title, String caption, IChart chart, List<String> footer,
                     List<Map<String, Object>> data, List<String> notShown) {

    public Figure {
        footer = List.copyOf(footer);
        data = List.copyOf(data);
        notShown = List.copyOf(notShown);
    }

    /** A rate-by-group figure with its chart: each drawn group's rate and interval. */
    public static Figure of(RateFigure figure, FootedChart chart) {
        DrawnNumbers drawn = new DrawnNumbers();
        for (RatePoint p : figure.points()) {
            if (p.isDrawn()) {
                drawn.add("group", p.group(), "rate", p.rate().value(), "ci_low", p.low().value(),
                        "ci_high", p.high().value());
            } else {
                drawn.hide(p.group());
            }
        }
        return new Figure(figure.id(), figure.title(), figure.caption(), chart, figure.footer(),
                drawn.data(), drawn.notShown());
    }
}
