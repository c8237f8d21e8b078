package no.retthylle.reports.figures;

import java.awt.Font;
import java.util.List;
import no.retthylle.reports.Language;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Builds a bar chart of counts (or scores) by category, one series per part: side by side, or
 * stacked. A value not drawn is NaN: its bar is left out and the other bars keep their places.
 */
final class CountChart {

    /** One series: its name in the legend and one value per category (NaN = not drawn). */
    record Bars(String name, List<Double> values) {

        Bars {
            values = List.copyOf(values);
        }
    }

    private CountChart() {
    }

    /** Titles are {@code [title, x axis, y axis]}. */
    static FootedChart build(List<String> titles, List<String> categories, List<Bars> series, boolean stacked,
                             List<String> footer, Language language) {
        FootedChart chart = new FootedChart(ChartStyle.WIDTH, ChartStyle.HEIGHT, footer,
                ChartStyle.font(Font.PLAIN, 11), ChartStyle.INK);
        chart.setTitle(titles.get(0));
        chart.setXAxisTitle(titles.get(1));
        chart.setYAxisTitle(titles.get(2));
        CategoryStyler s = chart.getStyler();
        ChartStyle.applyCounts(s, language);
        s.setStacked(stacked);
        s.setOverlapped(false);
        s.setAvailableSpaceFill(stacked ? 0.55 : 0.8);
        s.setLegendVisible(series.size() > 1);
        for (Bars bars : series) {
            chart.addSeries(bars.name(), categories, bars.values())
                    .setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
        }
        return chart;
    }
}
