package no.retthylle.reports.figures;

import java.util.Iterator;
import java.util.Locale;
import org.knowm.xchart.CategorySeries;

/**
 * A text dump of a chart for tests: title, axis titles, each series with its render style and
 * its points (an undrawn point as {@code -}; a point with an error bar as the interval
 * {@code [y − e, y + e]}), and the footer lines. Numbers with four decimals, decimal point.
 */
public final class ChartDump {

    private ChartDump() {
    }

    public static String of(FootedChart chart) {
        StringBuilder out = new StringBuilder();
        out.append("title: ").append(chart.getTitle()).append('\n');
        out.append("x axis: ").append(chart.getXAxisTitle()).append('\n');
        out.append("y axis: ").append(chart.getYAxisTitle()).append('\n');
        for (CategorySeries series : chart.getSeriesCollection()) {
            out.append("series: ").append(series.getName()).append(" (")
                    .append(series.getChartCategorySeriesRenderStyle().map(Enum::name).orElse("default"))
                    .append(")\n");
            appendPoints(out, series);
        }
        for (String line : chart.footer()) {
            out.append("footer: ").append(line).append('\n');
        }
        return out.toString();
    }

    private static void appendPoints(StringBuilder out, CategorySeries series) {
        Iterator<?> xs = series.getXData().iterator();
        double[] ys = series.getYData();
        double[] errors = series.getExtraValues();
        for (int i = 0; i < ys.length; i++) {
            out.append("  ").append(xs.next()).append(": ");
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
