package no.retthylle.reports.figures;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * A text dump of a chart for tests: title, axis titles, each series with its render style and
 * its points (an undrawn point as {@code -}; a point with an error bar as the interval
 * {@code [y − e, y + e]}), the reference lines, the number-at-risk table, and the footer lines.
 * Numbers with four decimals, decimal point.
 */
public final class ChartDump {

    private ChartDump() {
    }

    /** The dump of a {@link FootedChart} or a {@link FootedXYChart}. */
    public static String of(IChart chart) {
        if (chart instanceof FootedChart c) {
            return of(c);
        }
        if (chart instanceof FootedXYChart c) {
            return of(c);
        }
        throw new IllegalArgumentException("no dump for " + chart.getClass().getName());
    }

    public static String of(FootedChart chart) {
        StringBuilder out = new StringBuilder();
        axes(out, chart.getTitle(), chart.getXAxisTitle(), chart.getYAxisTitle());
        for (CategorySeries series : chart.getSeriesCollection()) {
            out.append("series: ").append(series.getName()).append(" (")
                    .append(series.getChartCategorySeriesRenderStyle().map(Enum::name).orElse("default"))
                    .append(")\n");
            Iterator<?> xs = series.getXData().iterator();
            appendPoints(out, i -> String.valueOf(xs.next()), series.getYData(), series.getExtraValues());
        }
        lines(out, chart.referenceLines(), chart.footer());
        return out.toString();
    }

    public static String of(FootedXYChart chart) {
        StringBuilder out = new StringBuilder();
        axes(out, chart.getTitle(), chart.getXAxisTitle(), chart.getYAxisTitle());
        for (XYSeries series : chart.getSeriesCollection()) {
            out.append("series: ").append(series.getName()).append(" (")
                    .append(series.getXYSeriesRenderStyle().map(Enum::name).orElse("default"))
                    .append(series.isShowInLegend() ? "" : ", no legend").append(")\n");
            double[] xs = series.getXData();
            appendPoints(out, i -> number(xs[i]), series.getYData(), series.getExtraValues());
        }
        if (!chart.rowLabels().isEmpty()) {
            out.append("rows: ").append(String.join(" | ", chart.rowLabels())).append('\n');
        }
        chart.riskTable().ifPresent(t -> {
            out.append("at risk: ").append(t.heading()).append(": ").append(String.join(" ", t.timeLabels()))
                    .append('\n');
            for (RiskTable.Row row : t.rows()) {
                out.append("at risk: ").append(row.label()).append(": ").append(String.join(" ", row.cells()))
                        .append('\n');
            }
        });
        lines(out, chart.referenceLines(), chart.footer());
        return out.toString();
    }

    private static void axes(StringBuilder out, String title, String x, String y) {
        out.append("title: ").append(title).append('\n');
        out.append("x axis: ").append(x).append('\n');
        out.append("y axis: ").append(y).append('\n');
    }

    private static void lines(StringBuilder out, List<ReferenceLine> referenceLines, List<String> footer) {
        for (ReferenceLine line : referenceLines) {
            out.append("line: ").append(line.vertical() ? "x = " : "y = ").append(number(line.value())).append('\n');
        }
        for (String line : footer) {
            out.append("footer: ").append(line).append('\n');
        }
    }

    private static void appendPoints(StringBuilder out, java.util.function.IntFunction<String> x, double[] ys,
                                     double[] errors) {
        for (int i = 0; i < ys.length; i++) {
            out.append("  ").append(x.apply(i)).append(": ");
            if (Double.isNaN(ys[i])) {
                out.append('-');
            } else if (errors == null) {
                out.append(number(ys[i]));
            } else {
                out.append('[').append(number(ys[i] - errors[i])).append(", ")
                        .append(number(ys[i] + errors[i])).append(']');
            }
            out.append('\n');
        }
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
