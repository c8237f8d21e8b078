package no.retthylle.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import no.retthylle.reports.disclosure.Disclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportJobTest {

    /**
     * Cohorts 1–3 of 5 spells each. Row sums: 7+0+2+0+1+5 = 15, 4+0+1+0+0+0 = 5, 3+0+1+0+1+0 = 5,
     * 0+0+0+0+0+5 = 5; column sums: 5+5+5 = 15, 5+5+0 = 10, 4+3+0 = 7, 1+1+0 = 2, 0+1+0 = 1,
     * 0+0+5 = 5. Intervals: R prop.test(x, n, correct = FALSE)$conf.int.
     */
    private static final String COMPLETION = """
            group_type,group,n_enrolled,n_matured,completed_on_time,completed_late,paused,education,dropped_out,ongoing,rate_on_time,ci_low,ci_high
            all,all,15,10,7,0,2,0,1,5,0.7,0.396778,0.892209
            cohort,1,5,5,4,0,1,0,0,0,0.8,0.375535,0.963776
            cohort,2,5,5,3,0,1,0,1,0,0.6,0.230724,0.882379
            cohort,3,5,0,0,0,0,0,0,5,,,
            """;

    /** job_to_date: 3 + 5 + 4 = 12 jobs of 5 + 10 + 5 = 20 spells. */
    private static final String JOB_ATTACHMENT = """
            group_type,group,measure,n,n_job,rate,ci_low,ci_high
            all,all,job_to_date,20,12,0.6,0.386582,0.781193
            cohort,1,job_to_date,5,3,0.6,0.230724,0.882379
            cohort,2,job_to_date,10,5,0.5,0.236593,0.763407
            cohort,3,job_to_date,5,4,0.8,0.375535,0.963776
            """;

    private static final String RUN = """
            {"snapshot_id": "snap<1>&", "as_of": "2020-09-01", "extract_date": "2020-09-01",
             "software_version": "0.1.0", "job_window_days": 90, "comparison_track": 3, "followup_days": 365,
             "inputs": [], "warnings": [], "extra": 1}
            """;

    @TempDir
    Path out;

    @Test
    void publicReportShowsColonsWhereHandComputationSuppresses() throws IOException {
        writeMetrics();
        ReportJob.run(out, ReportSettings.defaults());
        String html = Files.readString(out.resolve("report/report.html"));
        // k = 3. Primary: all paused 2, all dropped_out 1, c1 paused 1, c2 paused 1, c2 dropped_out 1.
        // Rates (numerator = rate × n_matured): c1 4 of 5 and c2 3 of 5 leave 1 and 2 -> hidden
        // with their intervals; all 7 of 10 leaves 3 -> shown; c3 has no rate (empty).
        // Row c1: only paused hidden -> smallest non-zero part, on_time 4, goes along.
        // Column on_time: only c1 hidden -> smallest non-zero other cohort, c2's 3, goes along.
        // Column dropped_out: only c2 hidden, but no other cohort is non-zero: nothing more
        // (the all row's 1 is hidden itself). Then nothing changes.
        String nbsp = "\u00a0";
        assertTrue(html.contains(row("Alle", "15", "10", "7", "0", ":", "0", ":", "5", "70,0" + nbsp + "%",
                "39,7" + nbsp + "% – 89,2" + nbsp + "%")), html);
        assertTrue(html.contains(row("Kull 1", "5", "5", ":", "0", ":", "0", "0", "0", ":", ":")));
        assertTrue(html.contains(row("Kull 2", "5", "5", ":", "0", ":", "0", ":", "0", ":", ":")));
        assertTrue(html.contains(row("Kull 3", "5", "0", "0", "0", "0", "0", "0", "5", "", "")));
        // The hidden rates and interval bounds of cohorts 1 and 2 (80,0 %, 60,0 %, 37,6 %, 96,4 %,
        // 23,1 %, 88,2 %) appear nowhere in the completion section.
        String completion = html.substring(html.indexOf("<section id=\"completion\">"),
                html.indexOf("<section id=\"job_attachment\">"));
        for (String hidden : List.of("80,0", "60,0", "37,6", "96,4", "23,1", "88,2")) {
            assertFalse(completion.contains(hidden), hidden);
        }
        assertTrue(html.contains("snap&lt;1&gt;&amp;") && !html.contains("snap<1>"), "snapshot id escaped");
        assertTrue(html.contains("<svg") && !html.contains("<?xml"), "figure inlined");
        assertFalse(html.contains(Disclosure.INTERNAL_MARK));
    }

    @Test
    void figuresJsonHoldsOnlyTheDrawnNumbers() throws IOException {
        writeMetrics();
        ReportJob.run(out, ReportSettings.defaults());
        String text = Files.readString(out.resolve("report/figures.json"));
        JsonNode figure = figure(new ObjectMapper().readTree(text), "job_rate_by_cohort");
        // Cohort 1: 3 of 5 leaves 2; cohort 3: 4 of 5 leaves 1 -> both hidden. Cohort 2: 5 of 10.
        assertEquals("job_rate_by_cohort", figure.get("id").asText());
        assertEquals(1, figure.get("data").size());
        JsonNode drawn = figure.get("data").get(0);
        assertEquals("2", drawn.get("group").asText());
        assertEquals(0.5, drawn.get("rate").asDouble());
        assertEquals(0.236593, drawn.get("ci_low").asDouble());
        assertEquals(0.763407, drawn.get("ci_high").asDouble());
        assertEquals("[\"1\",\"3\"]", figure.get("not_shown").toString());
        assertEquals("snap<1>&", figure.get("snapshot_id").asText());
        assertEquals("2020-09-01", figure.get("as_of").asText());
        assertEquals("{\"mode\":\"public\",\"min_cell\":3}", figure.get("disclosure").toString());
        assertEquals("0.1.0", figure.get("software_version").asText());
        // The run time (generated_at, e.g. ...T08:03:10.812Z) is left out of the search: it is
        // no number of the tables and may contain "0.8" by chance.
        String numbers = text.replaceAll("\"generated_at\"\\s*:\\s*\"[^\"]*\"", "");
        for (String hidden : List.of("0.8", "0.230724", "0.882379", "0.375535", "0.963776")) {
            assertFalse(numbers.contains(hidden), hidden);
        }
    }

    @Test
    void writesPngAt300DpiAndSvg() throws IOException {
        writeMetrics();
        ReportResult result = ReportJob.run(out, ReportSettings.defaults());
        BufferedImage png = ImageIO.read(out.resolve("report/figures/job_rate_by_cohort.png").toFile());
        // 800 × 500 points at 300 dpi: 800 × 300 / 72 = 3333, 500 × 300 / 72 = 2083.
        assertEquals(3333, png.getWidth());
        assertEquals(2083, png.getHeight());
        String svg = Files.readString(out.resolve("report/figures/job_rate_by_cohort.svg"));
        assertTrue(svg.contains("<svg"));
        assertTrue(Files.readString(out.resolve("report/figures/job_rate_by_cohort.pdf"), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        // The metrics hold completion.csv and job_attachment.csv without arm rows: two figures.
        assertEquals(List.of("report.html", "report.pdf", "tables.xlsx",
                "figures/completion_by_cohort.png", "figures/completion_by_cohort.svg", "figures/completion_by_cohort.pdf",
                "figures/job_rate_by_cohort.png", "figures/job_rate_by_cohort.svg", "figures/job_rate_by_cohort.pdf",
                "figures.json"), result.files());
        // Counted from the hand computation above: completion all: paused, dropped_out (2); c1: on_time, paused, rate, low, high (5);
        // c2: on_time, paused, dropped_out, rate, low, high (6) = 13. job_attachment: c1 and c3
        // n_job, rate, low, high (8). Total 21.
        assertEquals(21, result.suppressedCells());
    }

    @Test
    void internalEnglishReportIsMarkedAndShowsEverything() throws IOException {
        writeMetrics();
        ReportJob.run(out, new ReportSettings(Disclosure.INTERNAL, 3, "en"));
        String html = Files.readString(out.resolve("report/report.html"));
        assertTrue(html.contains(" lang=\"en\""));
        assertTrue(html.contains(Disclosure.INTERNAL_MARK));
        assertTrue(html.contains(row("Cohort 1", "5", "5", "4", "0", "1", "0", "0", "0", "80.0%", "37.6% – 96.4%")),
                html);
        JsonNode figure = figure(new ObjectMapper().readTree(out.resolve("report/figures.json").toFile()),
                "job_rate_by_cohort");
        assertEquals(3, figure.get("data").size());
        assertEquals("internal", figure.get("disclosure").get("mode").asText());
    }

    @Test
    void failingRunLeavesEarlierReportUntouched() throws IOException {
        writeMetrics();
        Path old = out.resolve("report/report.html");
        Files.createDirectories(old.getParent());
        Files.writeString(old, "earlier report");
        Files.writeString(out.resolve("metrics/completion.csv"), "group_type,group,n_enrolled\nall,all,15\n");
        assertThrows(IOException.class, () -> ReportJob.run(out, ReportSettings.defaults()));
        assertEquals("earlier report", Files.readString(old));
        try (var siblings = Files.list(out)) {
            assertEquals(List.of("metrics", "report"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void runJsonWithoutSnapshotIsRefused() throws IOException {
        writeMetrics();
        Files.writeString(out.resolve("metrics/run.json"), "{\"as_of\": \"2020-09-01\", \"software_version\": \"0.1.0\"}");
        assertThrows(IOException.class, () -> ReportJob.run(out, ReportSettings.defaults()));
        assertFalse(Files.exists(out.resolve("report")));
    }

    @Test
    void figuresJsonNamesTheFiguresSkippedForMissingTables() throws IOException {
        writeMetrics();
        ReportJob.run(out, ReportSettings.defaults());
        JsonNode root = new ObjectMapper().readTree(out.resolve("report/figures.json").toFile());
        List<String> skipped = new java.util.ArrayList<>();
        root.get("skipped").forEach(n -> skipped.add(n.asText()));
        assertTrue(skipped.contains("funnel_by_cohort: funnel.csv not found"), skipped.toString());
        assertTrue(skipped.contains("job_rate_by_arm: job_attachment.csv has no arm rows"), skipped.toString());
        assertFalse(root.get("figures").get(0).get("generated_at").asText().isEmpty());
    }

    @Test
    void reportIsWorldReadable() throws IOException {
        writeMetrics();
        ReportResult result = ReportJob.run(out, ReportSettings.defaults());
        Path dir = result.reportDirectory();
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("figures"))));
        for (String file : result.files()) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file))),
                    file);
        }
    }

    @Test
    void tableWhoseCsvIsMissingIsNamedWithANote() throws IOException {
        writeMetrics();
        String html = Files.readString(ReportJob.run(out, ReportSettings.defaults()).reportDirectory()
                .resolve("report.html"));
        // Only completion.csv and job_attachment.csv exist: self_sufficiency.csv is named as not made.
        assertTrue(html.contains("<p class=\"note\">Tabellen (self_sufficiency.csv) ble ikke laget i denne kjøringen.</p>"));
        assertTrue(html.contains("<section id=\"completion\">") && html.contains("<section id=\"methods\">"));
    }

    @Test
    void reportHtmlIsWellFormedXhtml() throws Exception {
        writeMetrics();
        Path html = ReportJob.run(out, ReportSettings.defaults()).reportDirectory().resolve("report.html");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(html.toFile());
        assertEquals("http://www.w3.org/1999/xhtml", doc.getDocumentElement().getNamespaceURI());
        // Two figures inline: completion_by_cohort and job_rate_by_cohort (the others' tables are missing).
        assertEquals(2, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength());
    }

    @Test
    void noMetricTableAtAllIsRefused() throws IOException {
        writeMetrics();
        Files.delete(out.resolve("metrics/completion.csv"));
        Files.delete(out.resolve("metrics/job_attachment.csv"));
        assertThrows(NoSuchFileException.class, () -> ReportJob.run(out, ReportSettings.defaults()));
    }

    private void writeMetrics() throws IOException {
        Path metrics = Files.createDirectories(out.resolve("metrics"));
        Files.writeString(metrics.resolve("completion.csv"), COMPLETION);
        Files.writeString(metrics.resolve("job_attachment.csv"), JOB_ATTACHMENT);
        Files.writeString(metrics.resolve("run.json"), RUN);
    }

    private static JsonNode figure(JsonNode root, String id) {
        for (JsonNode f : root.get("figures")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + id + " in " + root);
    }

    private static String row(String group, String... cells) {
        StringBuilder s = new StringBuilder("<tr><th scope=\"row\">").append(group).append("</th>");
        for (String c : cells) {
            s.append("<td>").append(c).append("</td>");
        }
        return s.append("</tr>").toString();
    }
}
