package no.retthylle.reports.figures;

import java.awt.Color;
import java.awt.Font;
import no.retthylle.reports.Language;
import org.knowm.xchart.style.CategoryStyler;

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
        s.setLabelsFont(font(Font.PLAIN, 11));
        s.setChartTitleBoxVisible(false);
        s.setChartPadding(12);
        s.setYAxisTickLabelsFormattingFunction(language::axisPercent);
    }
}
