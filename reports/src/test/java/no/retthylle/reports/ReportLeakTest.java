package no.retthylle.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the report on the fixture (k = 3) and scans every public file for the suppressed cells.
 *
 * <p>Hand computation of what is suppressed:
 * <ul>
 *   <li>completion.csv (as in {@link ReportJobTest}): all paused 2 and dropped_out 1; cohort 1
 *       completed_on_time 4, paused 1, rate 0.8 [0.375535, 0.963776]; cohort 2 completed_on_time
 *       3, paused 1, dropped_out 1, rate 0.6 [0.230724, 0.882379].</li>
 *   <li>job_attachment.csv: cohort 1 3 of 5 leaves 2 and cohort 3 4 of 5 leaves 1, so n_job 3
 *       and 4 go with rates 0.6 [0.230724, 0.882379] and 0.8 [0.375535, 0.963776]; all 11 of 20
 *       and cohort 2 4 of 10 are shown.</li>
 *   <li>self_sufficiency.csv: primary all partial 2, cohort 2 subsidised 2 and partial 2. Row
 *       all: only partial hidden → the smaller of full 8 and subsidised 7 → subsidised 7. Column
 *       subsidised: only cohort 2 hidden → cohort 1's 5. Row cohort 1: only subsidised hidden →
 *       full 4 (partial is 0). Column full: only cohort 1 hidden → cohort 2's 4. Then nothing
 *       changes: all 17, 8, :, :; cohort 1 9, :, :, 0; cohort 2 8, :, :, :.</li>
 *   <li>rejected rows (run.json inputs 0, 2, 0, 5 of 20, 45, 300, 40): enrolments' 2 is primary;
 *       it is the only hidden file, so the smallest non-zero other, outcomes' 5, goes too; the
 *       total 7 and all rows read are shown.</li>
 *   <li>meetings.csv, with the counts of share_counts.json: share_all_12 cohort 1 5 of 7
 *       (0.714286, complement 2) is hidden with its numerator 5; cohort 2 3 of 6 (0.5) passes
 *       rule 2, but its numerator 3 is then the only shown cohort part of the hidden numerator
 *       column, so it goes by the column rule and takes the share with it; all 8 of 13 (0.615385,
 *       complement 5) is shown. minutes_share 892 of 1040, 441 of 490 and 451 of 550 are shown
 *       (none small).</li>
 *   <li>internships.csv: internship_only's n 2 is primary, so mentor_internship's n 4 goes by the
 *       column rule, and with them every value of both arm rows (medians and share_3_months over
 *       a hidden n; the shares' hidden counts 1 and 2 of internship_only take mentor_internship's
 *       by the column rule too). all: share_3_months 0.833333 (5 of 6, complement 1),
 *       share_training_plan 4 of 6 (0.666667, complement 2) and job_rate 3 of 4 ended (0.75,
 *       complement 1) hidden; share_full_time and share_mentor_at_host 3 of 6 shown.</li>
 * </ul>
 *
 * <p>How "appears nowhere" is checked without false positives. The hidden rates and bounds are
 * distinctive: as the report writes them (80,0 / 60,0 / 37,6 / 96,4 / 23,1 / 88,2 %) no other
 * number of the fixture shows like that, so they must be absent from the HTML and the PDF text
 * outright; in figures.json and the workbook they are compared as whole numbers (0.6 would
 * otherwise match inside 0.687326). The hidden counts (1–5) are ordinary numbers that other cells
 * show legitimately, so they are checked in their context instead: the exact table row in the
 * HTML, the row's sequence of cells in the PDF text, and the cell at that position in the
 * workbook must read {@code :}. Beyond the fixture: no count column of any sheet may hold 1 or 2,
 * and the person, mentor and host ids planted in run.json's warnings appear in no file. The
 * counts of share_counts.json behind shown shares are made distinctive (441, 490, 451, 550, 892,
 * 1040) and must appear in no file either, nor the names of their hidden columns.
 */
class ReportLeakTest {

    private static final List<String> HIDDEN_TEXTS = List.of("80,0", "60,0", "37,6", "96,4", "23,1", "88,2",
            "71,4");
    private static final Set<Double> HIDDEN_NUMBERS = Set.of(0.8, 0.6, 0.375535, 0.963776, 0.230724, 0.882379,
            0.714286);
    private static final List<String> SHARE_COUNTS = List.of("441", "490", "451", "550", "892", "1040", "1\u00a0040",
            "_numerator", "_denominator");

    @TempDir
    static Path out;
    private static Path report;
    private static String pdfText;
    private static List<ReportOutputs.XlsxCell> xlsxCells;

    @BeforeAll
    static void writeReport() throws IOException {
        ReportFixture.writeMetrics(out);
        report = ReportJob.run(out, ReportSettings.defaults()).reportDirectory();
        pdfText = ReportOutputs.pdfText(report.resolve("report.pdf"));
        xlsxCells = ReportOutputs.xlsxCells(report.resolve("tables.xlsx"));
    }

    @Test
    void htmlShowsColonsWhereTheHandComputationSuppresses() throws IOException {
        String html = Files.readString(report.resolve("report.html"));
        assertTrue(html.contains(row("Kull 1", "5", "5", ":", "0", ":", "0", "0", "0", ":", ":")), "completion c1");
        assertTrue(html.contains(row("Kull 2", "5", "5", ":", "0", ":", "0", ":", "0", ":", ":")), "completion c2");
        assertTrue(html.contains(rowWithKey("Kull 1", "Til dato", "5", ":", ":", ":")), "job c1");
        assertTrue(html.contains(rowWithKey("Kull 3", "Til dato", "5", ":", ":", ":")), "job c3");
        assertTrue(html.contains(row("Alle", "17", "8", ":", ":")), "self all");
        assertTrue(html.contains(row("Kull 1", "9", ":", ":", "0")), "self c1");
        assertTrue(html.contains(row("Kull 2", "8", ":", ":", ":")), "self c2");
        assertTrue(html.contains(row("enrolments.csv", "45", ":")), "rejects enrolments");
        assertTrue(html.contains(row("outcomes.csv", "40", ":")), "rejects outcomes");
        assertTrue(html.contains(row("Alle filer", "405", "7")), "rejects total");
        String pct = "\u00a0%";
        assertTrue(html.contains(row("Alle", "12", "10,50", "61,5" + pct, "28", "85,8" + pct)), "meetings all");
        assertTrue(html.contains(row("Kull 1", "5", "11,20", ":", "27", "90,0" + pct)), "meetings c1");
        assertTrue(html.contains(row("Kull 2", "7", "10,00", ":", "29,5", "82,0" + pct)), "meetings c2");
        assertTrue(html.contains(row("Alle", "6", "150", ":", "50,0" + pct, ":", "50,0" + pct, ":")), "internships all");
        assertTrue(html.contains(row("Mentor og praksis", ":", ":", ":", ":", ":", ":", ":")), "internships mi");
        assertTrue(html.contains(row("Bare praksis", ":", ":", ":", ":", ":", ":", ":")), "internships io");
    }

    @Test
    void shareCountsAppearInNoFile() throws IOException {
        List<String> texts = new ArrayList<>(List.of(visibleText(Files.readString(report.resolve("report.html"))),
                pdfText));
        xlsxCells.forEach(c -> texts.add(c.text()));
        for (String count : SHARE_COUNTS) {
            assertTrue(texts.stream().noneMatch(t -> t.contains(count)), count);
        }
        String json = Files.readString(report.resolve("figures.json"));
        assertFalse(json.contains("_numerator") || json.contains("_denominator"), "figures.json column names");
        Matcher numbers = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(json);
        while (numbers.find()) {
            assertFalse(Set.of(441.0, 490.0, 451.0, 550.0, 892.0, 1040.0).contains(Double.parseDouble(numbers.group())),
                    "figures.json " + numbers.group());
        }
        for (ReportOutputs.XlsxCell c : xlsxCells) {
            assertFalse(c.type() == CellType.NUMERIC && Set.of(441.0, 490.0, 451.0, 550.0, 892.0, 1040.0)
                    .contains(c.number()), c.toString());
        }
    }

    @Test
    void pdfTextShowsTheSameRows() throws IOException {
        String text = pdfText;
        for (String line : List.of("Kull 1 5 5 : 0 : 0 0 0 : :", "Kull 2 5 5 : 0 : 0 : 0 : :",
                "Kull 1 Til dato 5 : : :", "Kull 3 Til dato 5 : : :", "Alle 17 8 : :", "Kull 1 9 : : 0",
                "Kull 2 8 : : :", "enrolments.csv 45 :", "outcomes.csv 40 :", "Alle filer 405 7")) {
            assertTrue(text.contains(line), line);
        }
    }

    @Test
    void hiddenRatesAndBoundsAppearInNoFile() throws IOException {
        String html = visibleText(Files.readString(report.resolve("report.html")));
        String pdf = pdfText;
        for (String hidden : HIDDEN_TEXTS) {
            assertFalse(html.contains(hidden), "html " + hidden);
            assertFalse(pdf.contains(hidden), "pdf " + hidden);
        }
        String json = Files.readString(report.resolve("figures.json"));
        Matcher numbers = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(json);
        while (numbers.find()) {
            assertFalse(HIDDEN_NUMBERS.contains(Double.parseDouble(numbers.group())), "figures.json " + numbers.group());
        }
        for (ReportOutputs.XlsxCell c : xlsxCells) {
            assertFalse(c.type() == CellType.NUMERIC && HIDDEN_NUMBERS.contains(c.number()), c.toString());
        }
    }

    @Test
    void workbookHasColonsAtTheSuppressedPositions() throws IOException {
        List<ReportOutputs.XlsxCell> cells = xlsxCells;
        // Sheet rows count from 1 under the header; columns in CSV order.
        // completion: c1 (row 2) on_time col 4, paused col 6, rate col 10; c2 (row 3) dropped_out col 8.
        assertColon(cells, "completion", 2, 4);
        assertColon(cells, "completion", 2, 6);
        assertColon(cells, "completion", 2, 10);
        assertColon(cells, "completion", 3, 4);
        assertColon(cells, "completion", 3, 8);
        // job_attachment: c1 (row 2) and c3 (row 4) n_job col 4.
        assertColon(cells, "job_attachment", 2, 4);
        assertColon(cells, "job_attachment", 4, 4);
        // self_sufficiency: all subsidised and partial (row 1, cols 4, 5), c1 full and subsidised, c2 full.
        assertColon(cells, "self_sufficiency", 1, 4);
        assertColon(cells, "self_sufficiency", 1, 5);
        assertColon(cells, "self_sufficiency", 2, 3);
        assertColon(cells, "self_sufficiency", 2, 4);
        assertColon(cells, "self_sufficiency", 3, 3);
        // inputs: enrolments (row 2) and outcomes (row 4) rows_rejected col 2.
        assertColon(cells, "inputs", 2, 2);
        assertColon(cells, "inputs", 4, 2);
        // meetings: c1 (row 2) and c2 (row 3) share_all_12 col 4.
        assertColon(cells, "meetings", 2, 4);
        assertColon(cells, "meetings", 3, 4);
        // internships: all (row 1) share_3_months col 4, share_training_plan col 6, job_rate col 8;
        // both arm rows (2, 3) in every value column 2-8.
        assertColon(cells, "internships", 1, 4);
        assertColon(cells, "internships", 1, 6);
        assertColon(cells, "internships", 1, 8);
        for (int column = 2; column <= 8; column++) {
            assertColon(cells, "internships", 2, column);
            assertColon(cells, "internships", 3, column);
        }
    }

    @Test
    void noCountColumnOfAnySheetHoldsOneOrTwo() throws IOException {
        List<ReportOutputs.XlsxCell> cells = xlsxCells;
        List<MetricFamily> families = new ArrayList<>(MetricFamilies.ALL_FAMILIES);
        families.add(MetricFamilies.INPUTS);
        int checked = 0;
        for (MetricFamily f : families) {
            for (String count : f.layout().counts()) {
                int column = f.header().indexOf(count);
                for (ReportOutputs.XlsxCell c : cells) {
                    if (c.sheet().equals(f.id()) && c.column() == column && c.row() > 0 && c.type() == CellType.NUMERIC) {
                        assertFalse(c.number() == 1 || c.number() == 2, c.toString());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 50, "count cells checked: " + checked);
    }

    @Test
    void plantedIdsAppearInNoPublicFile() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(report)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".svg") || name.endsWith(".json")) {
                    texts.add(Files.readString(f));
                }
            }
        }
        texts.add(pdfText);
        xlsxCells.forEach(c -> texts.add(c.text()));
        // html, the seven figures' svg (see ReportBrowserTest), figures.json and the pdf.
        assertEquals(10, texts.size() - xlsxCells.size(),
                "html, svg, figures.json, pdf and the workbook were scanned");
        for (String id : ReportFixture.PLANTED_IDS) {
            assertTrue(texts.stream().noneMatch(t -> t.contains(id)), id);
        }
        assertTrue(new ObjectMapper().readTree(report.resolve("figures.json").toFile()).toString()
                .contains("\"not_shown\":[\"1\",\"3\"]"));
    }

    @Test
    void figuresDrawNoTextThatCouldHoldANumber() throws IOException {
        // The SVG's text is glyph outlines: its markup holds path coordinates, no text. The numbers
        // a figure draws are those listed in figures.json, checked above.
        try (Stream<Path> svgs = Files.list(report.resolve("figures"))) {
            List<Path> files = svgs.filter(p -> p.toString().endsWith(".svg")).toList();
            assertFalse(files.isEmpty());
            for (Path svg : files) {
                assertFalse(Files.readString(svg).contains("<text"), svg.toString());
            }
        }
    }

    /** The page's text as a reader sees it: inline SVG (path geometry) dropped, tags removed. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("<[^>]+>", " ");
    }

    private static void assertColon(List<ReportOutputs.XlsxCell> cells, String sheet, int row, int column) {
        ReportOutputs.XlsxCell cell = cells.stream()
                .filter(c -> c.sheet().equals(sheet) && c.row() == row && c.column() == column).findFirst()
                .orElseThrow(() -> new AssertionError(sheet + " " + row + "," + column + " is blank"));
        assertEquals(":", cell.text(), cell.toString());
    }

    static String row(String header, String... cells) {
        StringBuilder s = new StringBuilder("<tr><th scope=\"row\">").append(header).append("</th>");
        for (String c : cells) {
            s.append("<td>").append(c).append("</td>");
        }
        return s.append("</tr>").toString();
    }

    private static String rowWithKey(String header, String key, String... cells) {
        return row(header, cells).replace("</th>", "</th><td class=\"key\">" + key + "</td>");
    }
}
