package no.retthylle.reports.html;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.logging.Level;

/**
 * The report page as a PDF on A4, rendered by openhtmltopdf from the same XHTML the browser
 * shows (the page size and margins come from the template's {@code @page} rule); inline SVG
 * figures are drawn by Batik, with scripts and external resources refused. Text is set in the
 * DejaVu Sans font files given, so æ, ø and å render; nothing is written to disk.
 */
public final class PdfDocument {

    /** The family name the template's CSS asks for. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // openhtmltopdf logs every stylesheet parse at INFO through java.util.logging; keep its warnings.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private PdfDocument() {
    }

    /**
     * The PDF of {@code xhtml}.
     *
     * @param regular the DejaVuSans.ttf file
     * @param bold the DejaVuSans-Bold.ttf file
     * @throws IOException when the document is not well-formed XHTML or a font cannot be read
     */
    public static byte[] render(String xhtml, File regular, File bold) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.useFont(regular, FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(bold, FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }
}
