package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.retthylle.spark.SparkSessions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak audit over every output file of two runs: the sample drop, and {@link CraftedDrop}
 * (tiny cohorts, national-ID person_ids, run with {@code --pseudonymise}). Public output is
 * {@code OUT/report/**}; the warehouse and the metric tables are for the research team, but
 * no national ID may be anywhere, console included.
 */
class LeakAuditTest {

    /** The completion table's columns in the report, left to right after the group label (report.html). */
    private static final List<String> REPORT_COLUMNS = List.of("n_enrolled", "n_matured", "completed_on_time",
            "completed_late", "paused", "education", "dropped_out", "ongoing", "rate_on_time", "ci");
    private static final Pattern ROW = Pattern.compile("(?s)<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("(?s)<td>(.*?)</td>");

    @TempDir
    static Path tmp;
    static Path sampleOut;
    static Path craftedOut;
    static Path craftedDrop;
    static String console;

    @BeforeAll
    static void runTheSampleAndTheCraftedDrop() throws IOException {
        SparkSessions.forTests();
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text, true);
        sampleOut = tmp.resolve("sample-out");
        assertEquals(0, Main.execute(writer, writer, "run", "--input", SampleDrop.SAMPLE.toString(),
                "--out", sampleOut.toString()), text.toString());
        craftedDrop = CraftedDrop.write(tmp.resolve("crafted"));
        craftedOut = tmp.resolve("crafted-out");
        assertEquals(0, Main.execute(writer, writer, "run", "--input", craftedDrop.toString(),
                "--out", craftedOut.toString(), "--pseudonymise", Keys.write(tmp, "key1", Keys.KEY_1).toString()),
                text.toString());
        console = text.toString();
    }

    @Test
    void noPersonMentorOrHostIdAppearsInThePublicReport() throws IOException {
        for (Path[] run : new Path[][] {{SampleDrop.SAMPLE, sampleOut}, {craftedDrop, craftedOut}}) {
            Set<String> ids = identifiers(run[0]);
            ids.addAll(Keys.pseudonyms(run[1].resolve("warehouse")));
            assertTrue(ids.size() > 20, "the audit has ids to look for: " + ids.size());
            for (Map.Entry<Path, String> file : OutputText.of(run[1].resolve("report")).entrySet()) {
                for (String id : ids) {
                    assertFalse(Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])")
                            .matcher(file.getValue()).find(), id + " in " + file.getKey());
                }
            }
        }
    }

    @Test
    void theCraftedDropForcesTheSuppressionItWasBuiltFor() throws IOException {
        // CraftedDrop: cohort C has 17 enrolled; its 16 on time and 1 dropped out are hidden
        List<String> cohortC = reportRows(craftedOut).get("cohort/C");
        assertEquals("17", cohortC.get(0));
        assertEquals(":", cohortC.get(REPORT_COLUMNS.indexOf("completed_on_time")));
        assertEquals(":", cohortC.get(REPORT_COLUMNS.indexOf("dropped_out")));
        assertEquals(":", cohortC.get(REPORT_COLUMNS.indexOf("rate_on_time")));
    }

    @Test
    void noSuppressedNumberAppearsInAnyPublicFile() throws IOException {
        for (Path out : List.of(sampleOut, craftedOut)) {
            Map<String, String> publicTexts = new java.util.LinkedHashMap<>();
            OutputText.of(out.resolve("report")).forEach((file, text) -> publicTexts.put(file.toString(), text));
            Map<String, List<String>> shown = reportRows(out);
            List<CSVRecord> exact = csv(out.resolve("metrics").resolve("completion.csv"));
            int checked = 0;
            for (Map.Entry<String, List<String>> row : shown.entrySet()) {
                CSVRecord truth = exact.stream()
                        .filter(r -> (r.get("group_type") + "/" + r.get("group")).equals(row.getKey()))
                        .findFirst().orElseThrow(() -> new AssertionError("no metric row " + row.getKey()));
                for (int i = 0; i < REPORT_COLUMNS.size(); i++) {
                    if (!row.getValue().get(i).equals(":")) {
                        continue;
                    }
                    for (String value : renderings(truth, REPORT_COLUMNS.get(i), visibleCells(out))) {
                        checked++;
                        for (Map.Entry<String, String> file : publicTexts.entrySet()) {
                            assertFalse(Pattern.compile(value).matcher(file.getValue()).find(),
                                    "suppressed " + REPORT_COLUMNS.get(i) + " of " + row.getKey() + " /" + value
                                            + "/ in " + file.getKey());
                        }
                    }
                }
            }
            assertTrue(checked > 0, "the report of " + out + " has suppressed cells to check");
        }
    }

    @Test
    void noNationalIdAppearsAnywhereNorOnTheConsole() throws IOException {
        List<String> ids = CraftedDrop.nationalIds();
        assertEquals(5, ids.size());
        Map<Path, String> everything = OutputText.of(craftedOut);
        everything.put(Path.of("console"), console);
        for (String id : ids) {
            for (Map.Entry<Path, String> file : everything.entrySet()) {
                assertFalse(file.getValue().contains(id), "national ID in " + file.getKey());
                // a spreadsheet may have lost the leading zero
                assertFalse(file.getValue().contains(id.substring(1)), "national ID without its 0 in " + file.getKey());
            }
        }
        assertTrue(everything.keySet().stream().anyMatch(p -> p.toString().contains("participants")),
                "the warehouse's Parquet was read");
    }

    @Test
    void theWarehouseAndTheMetricsAreForTheOwnerOnly() throws IOException {
        for (Path dir : List.of(sampleOut.resolve("warehouse"), sampleOut.resolve("metrics"))) {
            try (var walk = Files.walk(dir)) {
                for (Path path : walk.toList()) {
                    String mode = java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(path));
                    assertEquals(Files.isDirectory(path) ? "rwx------" : "rw-------", mode, path.toString());
                }
            }
        }
    }

    /** Every person_id, mentor_id and host_org_id value in the drop's CSV files. */
    private static Set<String> identifiers(Path drop) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (String type : SampleDrop.RECORD_TYPES) {
            for (CSVRecord record : csv(drop.resolve(type + ".csv"))) {
                for (String column : List.of("person_id", "mentor_id", "host_org_id")) {
                    if (record.isMapped(column) && !record.get(column).isEmpty()) {
                        ids.add(record.get(column));
                    }
                }
            }
        }
        return ids;
    }

    /**
     * The report's completion table (the section {@code id="completion"}): group → cells,
     * as shown. The group is the metric row's key {@code group_type/group}, read back from the
     * bokmål row label: "Alle" is all/all, "Kull X" cohort/X, "Spor X" track/X, and the arm
     * and gender names as the report writes them.
     */
    private static Map<String, List<String>> reportRows(Path out) throws IOException {
        String page = Files.readString(out.resolve("report").resolve("report.html"), StandardCharsets.UTF_8);
        int section = page.indexOf("id=\"completion\"");
        assertTrue(section >= 0, "the report has the completion section");
        String html = page.substring(section, page.indexOf("</table>", section));
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(1).strip());
            }
            if (cells.size() == REPORT_COLUMNS.size()) {
                rows.put(groupKey(row.group(1).strip()), cells);
            }
        }
        assertFalse(rows.isEmpty(), "the report has the completion table");
        return rows;
    }

    private static String groupKey(String label) {
        Map<String, String> named = Map.of("Alle", "all/all",
                "Mentor og praksis", "arm/mentor_internship", "Bare mentor", "arm/mentor_only",
                "Bare praksis", "arm/internship_only", "Ordinært program", "arm/ordinary",
                "Kvinner", "gender/female", "Menn", "gender/male", "Annet", "gender/other", "Ukjent", "gender/unknown");
        if (named.containsKey(label)) {
            return named.get(label);
        }
        if (label.startsWith("Kull ")) {
            return "cohort/" + label.substring("Kull ".length());
        }
        assertTrue(label.startsWith("Spor "), "a row label the audit knows: " + label);
        return "track/" + label.substring("Spor ".length());
    }

    /**
     * Every value shown in a table cell anywhere in the report: a suppressed value that is also
     * shown as another, legitimate figure (e.g. 80,0 % of a funnel stage) cannot be told apart
     * from it by searching, so such values are not searched for.
     */
    private static Set<String> visibleCells(Path out) throws IOException {
        String html = Files.readString(out.resolve("report").resolve("report.html"), StandardCharsets.UTF_8);
        Set<String> visible = new LinkedHashSet<>();
        Matcher cell = Pattern.compile("(?s)<td[^>]*>(.*?)</td>").matcher(html);
        while (cell.find()) {
            String value = cell.group(1).strip();
            if (!value.equals(":")) {
                visible.add(value);
            }
        }
        return visible;
    }

    /**
     * Patterns of the ways a suppressed exact value could be written: a rate or bound as
     * a percentage with one decimal (comma or point) and as its first four decimals; a count
     * of 10 or more as a whole number. Counts below 10 and values also shown in a visible
     * cell cannot be told apart from other numbers and are left out.
     */
    private static List<String> renderings(CSVRecord truth, String column, Set<String> visible) {
        List<String> values = new ArrayList<>();
        if (column.equals("ci")) {
            values.add(truth.get("ci_low"));
            values.add(truth.get("ci_high"));
        } else {
            values.add(truth.get(column));
        }
        List<String> patterns = new ArrayList<>();
        for (String value : values) {
            if (value.isEmpty()) {
                continue;
            }
            double number = Double.parseDouble(value);
            if (column.equals("rate_on_time") || column.equals("ci")) {
                if (number <= 0 || number >= 1) {
                    continue;
                }
                String percent = String.format(Locale.ROOT, "%.1f", 100 * number);
                if (visible.stream().noneMatch(v -> v.contains(percent.replace('.', ',')))) {
                    patterns.add("(?<![0-9])" + Pattern.quote(percent) + "|(?<![0-9])"
                            + Pattern.quote(percent.replace('.', ',')));
                    // its first four decimals; a value that short is exact (0.6), so then the
                    // whole number, not a prefix of another (0.613)
                    String digits = value.substring(0, Math.min(6, value.length()));
                    patterns.add("(?<![0-9])" + Pattern.quote(digits) + (value.length() <= 6 ? "(?![0-9])" : ""));
                }
            } else if (number >= 10 && !visible.contains(value)) {
                patterns.add("(?<![0-9.,])" + Pattern.quote(value) + "(?![0-9]|[.,][0-9])");
            }
        }
        return patterns;
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
