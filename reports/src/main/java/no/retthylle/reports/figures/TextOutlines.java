package no.retthylle.reports.figures;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;

/**
 * Text painted as glyph outlines, like XChart's own text, so SVG and PDF output do not depend
 * on the fonts installed where they are viewed.
 */
final class TextOutlines {

    private TextOutlines() {
    }

    /** Paints {@code text} with its left end at x and its baseline at y. An empty text paints nothing. */
    static void left(Graphics2D g, String text, Font font, double x, double y) {
        if (!text.isEmpty()) {
            g.fill(new TextLayout(text, font, g.getFontRenderContext())
                    .getOutline(AffineTransform.getTranslateInstance(x, y)));
        }
    }

    /** Paints {@code text} centred on x, baseline at y. */
    static void centred(Graphics2D g, String text, Font font, double x, double y) {
        left(g, text, font, x - width(g, text, font) / 2, y);
    }

    /** The advance width of {@code text} in {@code font}; 0 for an empty text. */
    static double width(Graphics2D g, String text, Font font) {
        return text.isEmpty() ? 0 : new TextLayout(text, font, g.getFontRenderContext()).getAdvance();
    }
}
