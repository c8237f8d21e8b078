package no.retthylle.reports.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;

/**
 * A category chart with lines of text under the plot (source, notes, marking), which XChart
 * has no place for. The chart is painted in the upper part; the footer in the strip below, as
 * glyph outlines like XChart's own text, so SVG output does not depend on installed fonts.
 */
public final class FootedChart extends CategoryChart {

    private final Footer footer;
    private final List<ReferenceLine> referenceLines = new ArrayList<>();

    FootedChart(int width, int height, List<String> footer, Font footerFont, Color footerColor) {
        super(width, height);
        this.footer = new Footer(footer, footerFont, footerColor);
    }

    /** The footer lines, top to bottom. */
    public List<String> footer() {
        return footer.lines();
    }

    /** The reference lines drawn across the plot, in the order added. */
    public List<ReferenceLine> referenceLines() {
        return List.copyOf(referenceLines);
    }

    /** Draws a horizontal line at {@code y} across the plot. */
    void addHorizontalLine(double y) {
        referenceLines.add(new ReferenceLine(y, false));
        addAnnotation(new AnnotationLine(y, false, false));
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        int strip = footer.height();
        g.setColor(getStyler().getChartBackgroundColor());
        g.fillRect(0, 0, width, height);
        super.paint(g, width, height - strip);
        setHeight(height);
        footer.paint(g, getStyler().getChartPadding(), height - strip);
    }
}
