package no.retthylle.reports.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * A category chart with lines of text under the plot (source, notes, marking), which XChart
 * has no place for. The chart is painted in the upper part; the footer in the strip below, as
 * glyph outlines like XChart's own text, so SVG output does not depend on installed fonts.
 */
public final class FootedChart extends CategoryChart {

    private static final int LINE_HEIGHT = 16;
    private static final int PADDING = 8;

    private final List<String> footer;
    private final Font footerFont;
    private final Color footerColor;

    FootedChart(int width, int height, List<String> footer, Font footerFont, Color footerColor) {
        super(width, height);
        this.footer = List.copyOf(footer);
        this.footerFont = footerFont;
        this.footerColor = footerColor;
    }

    /** The footer lines, top to bottom. */
    public List<String> footer() {
        return footer;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        int strip = footer.size() * LINE_HEIGHT + PADDING;
        g.setColor(getStyler().getChartBackgroundColor());
        g.fillRect(0, 0, width, height);
        super.paint(g, width, height - strip);
        setHeight(height);
        g.setColor(footerColor);
        int y = height - strip + LINE_HEIGHT - 2;
        for (String line : footer) {
            TextLayout layout = new TextLayout(line, footerFont, g.getFontRenderContext());
            g.fill(layout.getOutline(AffineTransform.getTranslateInstance(getStyler().getChartPadding(), y)));
            y += LINE_HEIGHT;
        }
    }
}
