package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.ARM;
import static no.retthylle.reports.MetricColumns.ORDINARY;
import static no.retthylle.reports.MetricColumns.RATE;
import static no.retthylle.reports.MetricColumns.RD;
import static no.retthylle.reports.MetricColumns.RD_ADJ;
import static no.retthylle.reports.MetricColumns.RD_ADJ_HIGH;
import static no.retthylle.reports.MetricColumns.RD_ADJ_LOW;
import static no.retthylle.reports.MetricColumns.RD_HIGH;
import static no.retthylle.reports.MetricColumns.RD_LOW;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.ProtectedTable;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Forest plot of comparison.csv: for each arm against ordinary (top to bottom in table order),
 * the risk difference unadjusted ({@code rd}, Newcombe interval) just above the row and
 * covariate-adjusted ({@code rd_adj}, bootstrap interval) just below, with a line at 0. Arm i of
 * n sits at y = n − i (0-based i); the estimates at y ± 0.15. Rows are found by their arm (the
 * group), whatever group type the reader gave them (it reads mentor_any as the {@code all} row of
 * the two mentor arms, see {@code MetricTables}).
 *
 * <p>Disclosure: an estimate is drawn when it and both bounds are shown and, in public output,
 * the ordinary arm's rate is shown too (a difference against a hidden rate would give it away).
 */
public final class ComparisonForest {

    public static final String ID = "comparison_forest";

    private static final double OFFSET = 0.15;

    private ComparisonForest() {
    }

    public static Figure figure(ProtectedTable comparison, FigureContext context) {
        Language l = context.language();
        List<Integer> rows = IntStream.range(0, comparison.rows().size())
                .filter(r -> !comparison.rows().get(r).group().equals(ORDINARY)).boxed().toList();
        boolean reference = !context.isPublic() || ordinaryRateShown(comparison);
        List<String> labels = rows.stream().map(r -> GroupNames.group(l, ARM, comparison.rows().get(r).group())).toList();
        List<Estimate> estimates = List.of(
                new Estimate(l.text("figure.forest.unadjusted"), RD, RD_LOW, RD_HIGH, OFFSET, 0, SeriesMarkers.CIRCLE),
                new Estimate(l.text("figure.forest.adjusted"), RD_ADJ, RD_ADJ_LOW, RD_ADJ_HIGH, -OFFSET, 1,
                        SeriesMarkers.DIAMOND));
        DrawnNumbers drawn = new DrawnNumbers();
        List<List<Point>> points = new ArrayList<>();
        int hidden = 0;
        for (Estimate e : estimates) {
            List<Point> shown = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                int r = rows.get(i);
                String arm = comparison.rows().get(r).group();
                Cell est = comparison.cell(r, e.column());
                Cell lo = comparison.cell(r, e.low());
                Cell hi = comparison.cell(r, e.high());
                if (reference && est.isShown() && lo.isShown() && hi.isShown()) {
                    shown.add(new Point(labels.get(i), rows.size() - i + e.offset(), est.value(), lo.value(), hi.value()));
                    drawn.add("arm", arm, "estimate", e.column(), "value", est.value(), "ci_low", lo.value(),
                            "ci_high", hi.value());
                } else if (est.isSuppressed() || (!reference && est.isShown())) {
                    drawn.hide(arm + "/" + e.column());
                    hidden++;
                }
            }
            points.add(shown);
        }
        String title = l.text("figure.forest.title");
        FootedXYChart chart = ChartStyle.xyChart(List.of(title, l.text("figure.forest.xAxis"), l.text("figure.arm")),
                ChartStyle.HEIGHT, context.footer(context.hiddenNote(hidden)), l);
        for (int e = 0; e < estimates.size(); e++) {
            addEstimates(chart, estimates.get(e), points.get(e));
        }
        style(chart, labels, l);
        return new Figure(ID, title, l.text("figure.forest.caption", l.date(context.asOf())), chart, chart.footer(),
                drawn.data(), drawn.notShown());
    }

    /** One kind of estimate: its columns, where it sits relative to its row, and how it is drawn. */
    private record Estimate(String name, String column, String low, String high, double offset, int colour,
                            Marker marker) {
    }

    /** One estimate drawn at height y, with its interval. */
    private record Point(String label, double y, double value, double low, double high) {
    }

    /** The estimates as one scatter series (a NaN point when none is shown) and an interval line each. */
    private static void addEstimates(FootedXYChart chart, Estimate e, List<Point> points) {
        for (Point p : points) {
            XYSeries line = chart.addSeries(e.name() + ": " + p.label(), new double[] {p.low(), p.high()},
                    new double[] {p.y(), p.y()});
            line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line).setShowInLegend(false);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(ChartStyle.colour(e.colour()));
        }
        List<Double> xs = points.isEmpty() ? List.of(Double.NaN) : points.stream().map(Point::value).toList();
        List<Double> ys = points.isEmpty() ? List.of(Double.NaN) : points.stream().map(Point::y).toList();
        XYSeries series = chart.addSeries(e.name(), xs, ys);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarker(e.marker()).setMarkerColor(ChartStyle.colour(e.colour()));
    }

    private static boolean ordinaryRateShown(ProtectedTable comparison) {
        return IntStream.range(0, comparison.rows().size())
                .filter(r -> comparison.rows().get(r).group().equals(ORDINARY))
                .anyMatch(r -> comparison.cell(r, RATE).isShown());
    }

    private static void style(FootedXYChart chart, List<String> labels, Language l) {
        chart.addReferenceLine(0, true);
        chart.setRowLabels(labels);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false)
                .setXAxisTickLabelsFormattingFunction(l::axisPercent);
    }
}
