package no.retthylle.reports.figures;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds a rate-by-group chart: a bar per group for the rate and, on top, a whisker for its
 * interval. XChart's error bars are symmetric, so the (asymmetric) Wilson interval is drawn as a
 * marker-less series at the interval's mid-point with an error of half its width. A group whose
 * value is suppressed keeps its place on the axis but has no bar and no whisker.
 */
public final class RateChart {

    private RateChart() {
    }

    /** The chart of {@code figure}; nothing is written anywhere. */
    public static FootedChart build(RateFigure figure) {
        FootedChart chart = new FootedChart(ChartStyle.WIDTH, ChartStyle.HEIGHT, figure.footer(),
                ChartStyle.font(Font.PLAIN, 11), ChartStyle.INK);
        chart.setTitle(figure.title());
        chart.setXAxisTitle(figure.xAxisTitle());
        chart.setYAxisTitle(figure.yAxisTitle());
        CategoryStyler s = chart.getStyler();
        ChartStyle.apply(s, figure.language());
        s.setLegendVisible(false);
        s.setOverlapped(true);
        s.setAvailableSpaceFill(0.6);
        s.setYAxisMin(0.0);
        s.setYAxisMax(1.0);
        s.setErrorBarsColor(Color.BLACK);
        s.setErrorBarsColorSeriesColor(false);

        List<String> groups = figure.points().stream().map(RatePoint::group).toList();
        List<Double> rates = figure.points().stream().map(p -> p.isDrawn() ? p.rate().value() : Double.NaN).toList();
        List<Double> mids = figure.points().stream()
                .map(p -> p.isDrawn() ? (p.low().value() + p.high().value()) / 2 : Double.NaN).toList();
        List<Double> halves = figure.points().stream()
                .map(p -> p.isDrawn() ? (p.high().value() - p.low().value()) / 2 : 0.0).toList();

        CategorySeries bars = chart.addSeries(figure.seriesName(), groups, rates);
        bars.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
        CategorySeries whiskers = chart.addSeries(figure.intervalName(), groups, mids, halves);
        whiskers.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
        whiskers.setMarker(SeriesMarkers.NONE);
        return chart;
    }
}
