package no.retthylle.reports.figures;

import java.awt.Color;
import java.awt.Font;
import no.retthylle.reports.Language;
import java.awt.BasicStroke;
import java.util.List;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * The look shared by all figures: the Okabe–Ito colour-blind-safe palette, DejaVu fonts (the
 * only fonts installed; they have æ, ø and å), white background, and the language's numbers.
 */
final class ChartStyle {

    /** Okabe & Ito (2008): blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow. */
    static final Color[] OKABE_ITO = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0x56B4E9), new Color(0xCC79A7), new Color(0xF0E442),
    };
    static final Color INK = new Color(0x222222);
    static final String FONT = "DejaVu Sans";
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    private ChartStyle() {
    }

    static Font font(int style, int size) {
        return new Font(FONT, style, size);
    }

    /** Applies the shared look, with y-axis ticks as whole percentages in the language. */
    static void apply(CategoryStyler s, Language language) {
        base(s, language);
        s.setLabelsFont(font(Font.PLAIN, 11));
        s.setYAxisTickLabelsFormattingFunction(language::axisPercent);
    }

    /** A category chart of counts: the shared look, whole numbers on the y axis from 0, legend below. */
    static void applyCounts(CategoryStyler s, Language language) {
        base(s, language);
        s.setYAxisMin(0.0);
        s.setYAxisTickLabelsFormattingFunction(v -> wholeNumber(v, language));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
    }

    /** A tick label for a count axis: the number when it is whole, else nothing (no "0,5 persons"). */
    static String wholeNumber(double v, Language language) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? language.count(v) : "";
    }

    /** The colour of the i-th series, cycling through the palette. */
    static Color colour(int i) {
        return OKABE_ITO[i % OKABE_ITO.length];
    }

    /** The same colour, see-through (for interval bands). */
    static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 60);
    }

    /**
     * An empty XY chart with the shared look, titles {@code [title, x axis, y axis]}, legend
     * below the plot, no grid lines across rows, and the footer.
     */
    static FootedXYChart xyChart(List<String> titles, int height, List<String> footer, Language language) {
        FootedXYChart chart = new FootedXYChart(WIDTH, height, footer, font(Font.PLAIN, 11), INK);
        chart.setTitle(titles.get(0));
        chart.setXAxisTitle(titles.get(1));
        chart.setYAxisTitle(titles.get(2));
        XYStyler s = chart.getStyler();
        base(s, language);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setMarkerSize(9);
        return chart;
    }

    /** The shared look, for any chart with axes. */
    static void base(AxesChartStyler s, Language language) {
        s.setLocale(language.locale());
        s.setSeriesColors(OKABE_ITO);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridVerticalLinesVisible(false);
        s.setChartFontColor(INK);
        s.setAxisTickLabelsColor(INK);
        s.setBaseFont(font(Font.PLAIN, 12));
        s.setChartTitleFont(font(Font.BOLD, 16));
        s.setAxisTitleFont(font(Font.PLAIN, 13));
        s.setAxisTickLabelsFont(font(Font.PLAIN, 12));
        s.setLegendFont(font(Font.PLAIN, 12));
        s.setChartTitleBoxVisible(false);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartPadding(12);
        s.setAnnotationLineColor(INK);
        s.setAnnotationLineStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
    }
}
