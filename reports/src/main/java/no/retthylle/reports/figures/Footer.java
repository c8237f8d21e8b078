package no.retthylle.reports.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;

/** Lines of text under a chart (source, notes, marking), which XChart has no place for. */
final class Footer {

    static final int LINE_HEIGHT = 16;
    private static final int PADDING = 8;

    private final List<String> lines;
    private final Font font;
    private final Color color;

    Footer(List<String> lines, Font font, Color color) {
        this.lines = List.copyOf(lines);
        this.font = font;
        this.color = color;
    }

    List<String> lines() {
        return lines;
    }

    /** The height of the strip the footer takes at the bottom of the chart. */
    int height() {
        return lines.size() * LINE_HEIGHT + PADDING;
    }

    /** Paints the lines from the top of the strip, {@code left} pixels from the chart's left edge. */
    void paint(Graphics2D g, int left, int top) {
        g.setColor(color);
        int y = top + LINE_HEIGHT - 2;
        for (String line : lines) {
            TextOutlines.left(g, line, font, left, y);
            y += LINE_HEIGHT;
        }
    }
}
