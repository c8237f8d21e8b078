package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.COVARIATE;
import static no.retthylle.reports.MetricColumns.MENTOR_ANY;
import static no.retthylle.reports.MetricColumns.N;
import static no.retthylle.reports.MetricColumns.ORDINARY;
import static no.retthylle.reports.MetricColumns.SMD_AFTER;
import static no.retthylle.reports.MetricColumns.SMD_BEFORE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Optional;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.ProtectedTable;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Covariate balance (a Love plot) from balance.csv: per covariate (top to bottom in table
 * order; covariate i of n at y = n − i) the standardised mean difference between mentor_any and
 * ordinary before and after weighting, with lines at 0 and at ±0.1, the usual bound of
 * acceptable imbalance.
 *
 * <p>Disclosure (rule 3): SMDs are over the persons of mentor_any and ordinary, which
 * comparison.csv counts. In public output they are drawn only when both counts are shown and at
 * least k; without comparison.csv nothing is drawn.
 */
public final class CovariateBalance {

    public static final String ID = "covariate_balance";

    /** The customary threshold of a negligible standardised difference (Austin 2009). */
    static final double THRESHOLD = 0.1;

    private CovariateBalance() {
    }

    public static Figure figure(ProtectedTable balance, Optional<ProtectedTable> comparison, FigureContext context) {
        Language l = context.language();
        boolean allowed = !context.isPublic() || comparison.map(c -> armsLargeEnough(c, context.minCell())).orElse(false);
        List<Integer> rows = balance.rowsOf(COVARIATE, "");
        List<String> labels = rows.stream()
                .map(r -> GroupNames.code(l, "covariate." + balance.rows().get(r).group(), balance.rows().get(r).group()))
                .toList();
        DrawnNumbers drawn = new DrawnNumbers();
        List<List<double[]>> points = List.of(new ArrayList<>(), new ArrayList<>());
        List<String> columns = List.of(SMD_BEFORE, SMD_AFTER);
        int hidden = 0;
        for (int i = 0; i < rows.size(); i++) {
            String covariate = balance.rows().get(rows.get(i)).group();
            for (int c = 0; c < columns.size(); c++) {
                Cell smd = balance.cell(rows.get(i), columns.get(c));
                if (allowed && smd.isShown()) {
                    points.get(c).add(new double[] {smd.value(), rows.size() - i});
                    drawn.add("covariate", covariate, "smd", columns.get(c), "value", smd.value());
                } else if (smd.isSuppressed() || (!allowed && smd.isShown())) {
                    drawn.hide(covariate + "/" + columns.get(c));
                    hidden++;
                }
            }
        }
        String title = l.text("figure.balance.title");
        FootedXYChart chart = ChartStyle.xyChart(List.of(title, l.text("figure.balance.xAxis"),
                l.text("figure.balance.yAxis")), ChartStyle.HEIGHT, context.footer(context.hiddenNote(hidden)), l);
        addPoints(chart, l.text("figure.balance.before"), points.get(0), 3);
        addPoints(chart, l.text("figure.balance.after"), points.get(1), 0);
        chart.addReferenceLine(-THRESHOLD, true);
        chart.addReferenceLine(0, true);
        chart.addReferenceLine(THRESHOLD, true);
        chart.setRowLabels(labels);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        return new Figure(ID, title, l.text("figure.balance.caption"), chart, chart.footer(), drawn.data(),
                drawn.notShown());
    }

    private static boolean armsLargeEnough(ProtectedTable comparison, int k) {
        long large = IntStream.range(0, comparison.rows().size()).boxed()
                .filter(r -> List.of(MENTOR_ANY, ORDINARY).contains(comparison.rows().get(r).group()))
                .filter(r -> comparison.cell(r, N).isShown() && comparison.cell(r, N).value() >= k)
                .count();
        return large == 2;
    }

    private static void addPoints(FootedXYChart chart, String name, List<double[]> points, int colour) {
        List<Double> xs = points.isEmpty() ? List.of(Double.NaN) : points.stream().map(p -> p[0]).toList();
        List<Double> ys = points.isEmpty() ? List.of(Double.NaN) : points.stream().map(p -> p[1]).toList();
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarker(colour == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.SQUARE)
                .setMarkerColor(ChartStyle.colour(colour));
    }
}
