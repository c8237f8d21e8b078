package no.retthylle.reports.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.IChart;

/** The only place charts become bytes or files: PNG at 300 dpi, SVG and PDF (text as outlines). */
public final class ChartEncoders {

    /** Print resolution of the PNG files. */
    public static final int DPI = 300;

    private ChartEncoders() {
    }

    /** The chart as a PNG at screen resolution, in memory (for smoke tests and previews). */
    public static byte[] png(IChart chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    }

    /** The chart as an SVG document. */
    public static String svg(IChart chart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsFormat.SVG);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * The chart as a one-page PDF document (XChart's vector encoder through de.rototor's
     * PdfBoxGraphics2D), page size the chart's size in points.
     */
    public static byte[] pdf(IChart chart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsFormat.PDF);
        return bytes.toByteArray();
    }

    /** The {@code <svg>} element alone, without XML declaration or doctype, for inlining in HTML. */
    public static String inlineSvg(String svgDocument) {
        int start = svgDocument.indexOf("<svg");
        if (start < 0) {
            throw new IllegalArgumentException("not an SVG document");
        }
        return svgDocument.substring(start);
    }

    /** Writes {@code file} (ending in .png) at {@link #DPI}. */
    public static void writePng(IChart chart, Path file) throws IOException {
        BitmapEncoder.saveBitmapWithDPI(chart, file.toString(), BitmapFormat.PNG, DPI);
    }
}
