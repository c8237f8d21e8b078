package no.retthylle.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.pdf of the fixture, read back with PDFBox. */
class ReportPdfTest {

    @TempDir
    static Path out;
    private static Path pdf;

    @BeforeAll
    static void writeReport() throws IOException {
        ReportFixture.writeMetrics(out);
        pdf = ReportJob.run(out, ReportSettings.defaults()).reportDirectory().resolve("report.pdf");
    }

    @Test
    void everyPageIsA4() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                // A4 = 210 × 297 mm = 595.28 × 841.89 pt (1 pt = 25.4 / 72 mm).
                assertEquals(595.28, page.getMediaBox().getWidth(), 0.5);
                assertEquals(841.89, page.getMediaBox().getHeight(), 0.5);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.5);
            }
        }
    }

    @Test
    void keyFiguresAndNorwegianLettersAreInTheText() throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // NFKC folds the ligatures DejaVu sets for ff and fi back into letters.
            text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ");
        }
        // Fixture: 15 spells; 7 of 10 due completed on time = 70,0 %; 11 of 20 with a job = 55,0 %;
        // 8 of the 17 first jobs ordinary full-time.
        for (String expected : new String[] {"15 mentorløp i alt", "70,0 % av løpene som skulle vært ferdige",
            "55,0 % av alle løp", "8 av 17 første relevante jobber", "Øyeblikksbilde 5d0c0ffee1234567",
            "Data per 1. september 2020", "Gjennomføring", "Selvforsørgelse", "Metode og datakvalitet"}) {
            assertTrue(text.contains(expected), expected);
        }
    }
}
