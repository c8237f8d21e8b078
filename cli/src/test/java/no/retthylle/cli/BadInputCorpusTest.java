package no.retthylle.cli;

import static no.retthylle.cli.SampleDrop.appendLine;
import static no.retthylle.cli.SampleDrop.lines;
import static no.retthylle.cli.SampleDrop.replaceOnLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import no.retthylle.spark.SparkSessions;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: the sample drop with one thing broken per case, run through
 * {@code run}. A case that stops must exit 2 with one plain message (no stack trace) naming
 * what it can of file, line and column, and write nothing: no CURRENT, no snapshot, no
 * metrics, no report. Row-level problems are rejects: they are run with
 * {@code --max-reject-rate 0}, which turns the first reject into a stop whose message lists it.
 * A few cases are legitimately accepted; each says why.
 *
 * <p>Line numbers below are those of the sample files, read off with {@code grep -n}.
 */
class BadInputCorpusTest {

    /**
     * A valid fødselsnummer computed by hand: 010190 124, then
     * k1 = 11 − (0·3+1·7+0·6+1·1+9·8+0·9+1·4+2·5+4·2 = 102) mod 11 = 11 − 3 = 8,
     * k2 = 11 − (0·5+1·4+0·3+1·2+9·7+0·6+1·5+2·4+4·3+8·2 = 110) mod 11 = 11 − 0 → 0.
     */
    static final String FNR = "01019012480";
    /**
     * A valid D-number (first digit + 4) by hand: 410190 124, then
     * k1 = 11 − (4·3+1·7+0·6+1·1+9·8+0·9+1·4+2·5+4·2 = 114) mod 11 = 11 − 4 = 7,
     * k2 = 11 − (4·5+1·4+0·3+1·2+9·7+0·6+1·5+2·4+4·3+7·2 = 128) mod 11 = 11 − 7 = 4.
     */
    static final String DNR = "41019012474";

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path tmp;

    @BeforeAll
    static void shareTheTestSession() {
        SparkSessions.forTests();
    }

    /** What the run must do with the broken drop. */
    enum Outcome { STOPS, REJECTS, ACCEPTED }

    @FunctionalInterface
    interface Mutation {
        void apply(Path drop) throws Exception;
    }

    /** One corpus entry; {@code message} are fragments the output must hold, {@code absent} ones it must not. */
    record Case(String name, Outcome outcome, Mutation mutation, List<String> message, List<String> absent) {
        @Override
        public String toString() {
            return name;
        }

        Case without(String... fragments) {
            return new Case(name, outcome, mutation, message, List.of(fragments));
        }
    }

    static Case stops(String name, Mutation mutation, String... message) {
        return new Case(name, Outcome.STOPS, mutation, List.of(message), List.of());
    }

    static Case rejects(String name, Mutation mutation, String... message) {
        return new Case(name, Outcome.REJECTS, mutation, List.of(message), List.of());
    }

    static Case accepted(String name, Mutation mutation, String... message) {
        return new Case(name, Outcome.ACCEPTED, mutation, List.of(message), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"encodingsAndQuoting", "headersAndValues", "keysAndSpells", "identifiers", "workbooks",
            "filesAndTheDrop"})
    void theBrokenDropGivesAPlainMessageAndWritesNothing(Case c) throws Exception {
        Path drop = SampleDrop.copy(tmp.resolve("drop"));
        c.mutation().apply(drop);
        Path out = tmp.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        List<String> args = new ArrayList<>(List.of(c.outcome() == Outcome.ACCEPTED ? "ingest" : "run",
                "--input", drop.toString()));
        args.addAll(c.outcome() == Outcome.ACCEPTED
                ? List.of("--warehouse", out.resolve("warehouse").toString())
                : List.of("--out", out.toString()));
        if (c.outcome() == Outcome.REJECTS) {
            args.addAll(List.of("--max-reject-rate", "0"));
        }

        int code = Main.execute(new PrintWriter(stdout, true), new PrintWriter(stderr, true), args.toArray(String[]::new));

        String all = stdout + "\n" + stderr;
        String shown = all.length() > 3000 ? all.substring(0, 3000) + "…" : all;
        assertFalse(all.contains("\tat "), "no stack trace: " + shown);
        assertTrue(all.length() < 20_000, "the message is short, " + all.length() + " chars");
        for (String fragment : c.message()) {
            assertTrue(all.contains(fragment), "expected '" + fragment + "' in: " + shown);
        }
        for (String fragment : c.absent()) {
            assertFalse(all.contains(fragment), "'" + fragment + "' must not be shown: " + shown);
        }
        if (c.outcome() == Outcome.ACCEPTED) {
            assertEquals(0, code, shown);
            assertTrue(Files.isRegularFile(out.resolve("warehouse").resolve("CURRENT")));
        } else {
            assertEquals(2, code, shown);
            assertNothingWritten(out);
        }
    }

    static void assertNothingWritten(Path out) throws IOException {
        Path warehouse = out.resolve("warehouse");
        assertFalse(Files.exists(warehouse.resolve("CURRENT")), "no CURRENT");
        if (Files.isDirectory(warehouse.resolve("snapshots"))) {
            try (Stream<Path> snapshots = Files.list(warehouse.resolve("snapshots"))) {
                assertEquals(List.of(), snapshots.toList(), "no snapshot, not even a partial one");
            }
        }
        assertFalse(Files.exists(out.resolve("metrics")), "no metrics");
        assertFalse(Files.exists(out.resolve("report")), "no report");
        if (Files.isDirectory(warehouse)) {
            try (Stream<Path> entries = Files.list(warehouse)) {
                assertEquals(List.of(), entries.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith(".staging")).toList(), "no staging left");
            }
        }
    }

    static Stream<Case> encodingsAndQuoting() {
        return Stream.of(
                stops("utf16File", drop -> recode(drop.resolve("participants.csv"), StandardCharsets.UTF_16),
                        "participants.csv", "UTF-16"),
                // line 2 holds a UTF-8 'ø', line 3 a Windows-1252 'ø': neither reading is right
                stops("mixedEncodings", drop -> {
                    Path file = drop.resolve("participants.csv");
                    replaceOnLine(file, 2, ",pharmacy,", ",førskole,");
                    List<String> lines = lines(file);
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    for (int i = 0; i < lines.size(); i++) {
                        String line = i == 2 ? lines.get(i).replace(",economics,", ",økonomi,") : lines.get(i);
                        bytes.write((line + "\n").getBytes(i == 2 ? CP1252 : StandardCharsets.UTF_8));
                    }
                    Files.write(file, bytes.toByteArray());
                }, "participants.csv", "line 3", "mixed"),
                stops("byteOrderMarkInTheMiddle", drop -> replaceOnLine(drop.resolve("participants.csv"), 5,
                        "T04,", "\uFEFFT04,"), "participants.csv", "line 5", "byte-order mark"),
                // a BOM at the start is what Excel's "CSV UTF-8" writes: allowed by the records spec
                accepted("byteOrderMarkAtTheStart", drop -> {
                    Path file = drop.resolve("participants.csv");
                    Files.writeString(file, "\uFEFF" + Files.readString(file), StandardCharsets.UTF_8);
                }, " 0 rejected"),
                // Windows-1252 throughout is what Excel on Norwegian Windows writes: detected and read
                accepted("windows1252Throughout", drop -> {
                    Path file = drop.resolve("goals.csv");
                    replaceOnLine(file, 2, "T01,G1,", "T01,mål-1,");
                    recode(file, CP1252);
                }, " 0 rejected"),
                stops("mixedDelimiters", drop -> replaceOnLine(drop.resolve("participants.csv"), 4, ",", ";"),
                        "participants.csv", "line 4", "delimiter"),
                stops("unbalancedQuote", drop -> replaceOnLine(drop.resolve("participants.csv"), 6,
                        ",2016-", ",\"2016-"), "participants.csv", "line 6", "quote"),
                // a quoted value over two lines is valid CSV; the rows after it keep their physical line
                // numbers: enrolments line 14 becomes line 15 and its bad end_reason is reported there
                rejects("quotedNewlineKeepsLineNumbers", drop -> {
                    Path file = drop.resolve("enrolments.csv");
                    replaceOnLine(file, 14, ",completed,", ",finished,");
                    replaceOnLine(file, 1, "mentor_at_host", "mentor_at_host,notes");
                    replaceOnLine(file, 2, ",completed,,,,,", ",completed,,,,,,\"first line\nsecond line\"");
                }, "enrolments.csv line 15, column end_reason"),
                rejects("tenMegabyteField", drop -> replaceOnLine(drop.resolve("participants.csv"), 3,
                        "T02,", "T" + "x".repeat(10 << 20) + ","), "participants.csv line 3, column person_id"));
    }

    static Stream<Case> headersAndValues() {
        return Stream.of(
                stops("duplicateHeaderName", drop -> replaceOnLine(drop.resolve("participants.csv"), 1,
                        ",gender,", ",track,"), "participants.csv, line 1, column track", "more than once"),
                stops("missingRequiredColumn", drop -> replaceOnLine(drop.resolve("participants.csv"), 1,
                        ",track", ",spor"), "participants.csv", "'track'", "required"),
                // the records spec: "extra columns are ignored with a warning"
                accepted("extraColumn", drop -> {
                    Path file = drop.resolve("goals.csv");
                    List<String> lines = lines(file);
                    lines.replaceAll(line -> line + (line.startsWith("person_id") ? ",colour" : ",blue"));
                    Files.write(file, lines, StandardCharsets.UTF_8);
                }, "warning: goals.csv: column 'colour' is not part of goals; ignored", " 0 rejected"),
                // a row shorter than the header: missing cells are empty, and municipality is required
                rejects("missingCellsInARow", drop -> replaceOnLine(drop.resolve("participants.csv"), 3,
                        "T02,5001,kvinne,1985,2016-04-18,master,economics,pending,B2,3", "T02"),
                        "participants.csv line 3, column municipality"),
                rejects("extraCellsInARow", drop -> replaceOnLine(drop.resolve("goals.csv"), 2,
                        ",achieved", ",achieved,surplus"), "goals.csv line 2", "more cells than the header"),
                rejects("badEnum", drop -> replaceOnLine(drop.resolve("participants.csv"), 2, ",K,", ",kvinnelig,"),
                        "participants.csv line 2, column gender"),
                rejects("impossibleDate31February", drop -> replaceOnLine(drop.resolve("enrolments.csv"), 53,
                        ",2016-05-02,", ",31.02.2016,"), "enrolments.csv line 53, column start_date"),
                rejects("americanDate", drop -> replaceOnLine(drop.resolve("outcomes.csv"), 2,
                        ",14.11.2016,", ",11/14/2016,"), "outcomes.csv line 2, column date"),
                rejects("numberOutOfRange", drop -> replaceOnLine(drop.resolve("participants.csv"), 2,
                        ",B2,3", ",B2,4"), "participants.csv line 2, column track"),
                rejects("decimalCommaNumber", drop -> replaceOnLine(drop.resolve("outcomes.csv"), 2,
                        ",100,", ",\"1,5\","), "outcomes.csv line 2, column fte_pct"),
                rejects("scoreOutOfRange", drop -> replaceOnLine(drop.resolve("assessments.csv"), 2,
                        ",network,2", ",network,6"), "assessments.csv line 2, column score"),
                rejects("birthYearTooEarly", drop -> replaceOnLine(drop.resolve("participants.csv"), 2,
                        ",1987,", ",1920,"), "participants.csv line 2, column birth_year"),
                rejects("negativeFte", drop -> replaceOnLine(drop.resolve("enrolments.csv"), 57,
                        ",50,", ",-50,"), "enrolments.csv line 57, column fte_pct"));
    }

    static Stream<Case> keysAndSpells() {
        return Stream.of(
                // participants.csv has 66 lines: the copy of T01 becomes line 67
                rejects("duplicatePersonId", drop -> appendLine(drop.resolve("participants.csv"),
                        "T01,5001,K,1987,2016-03-14,master,pharmacy,yes,B2,3"),
                        "participants.csv line 67, column person_id"),
                // enrolments.csv has 87 lines: the orphan becomes line 88
                rejects("orphanRow", drop -> appendLine(drop.resolve("enrolments.csv"),
                        "X99,intro,,2016-01-01,2018-01-01,,,,,,,"), "enrolments.csv line 88, column person_id"),
                // T01's intro spell (line 53) runs 2016-05-02 to 2018-05-01; this one starts inside it
                rejects("overlappingSpells", drop -> appendLine(drop.resolve("enrolments.csv"),
                        "T01,intro,,2017-01-01,2019-01-01,2018-12-01,completed,,,,,"), "enrolments.csv line 88"),
                rejects("endBeforeStart", drop -> replaceOnLine(drop.resolve("enrolments.csv"), 53,
                        ",2018-05-01,", ",2015-05-01,"), "enrolments.csv line 53, column end_date"),
                rejects("dateAfterExtractDate", drop -> replaceOnLine(drop.resolve("outcomes.csv"), 2,
                        ",14.11.2016,", ",14.11.2021,"), "outcomes.csv line 2, column date"),
                rejects("endReasonWithoutEndDate", drop -> replaceOnLine(drop.resolve("enrolments.csv"), 53,
                        ",2018-05-01,completed,", ",,completed,"), "enrolments.csv line 53, column end_reason"),
                // assessments.csv has 96 lines; T01 already has a baseline network score (line 2)
                rejects("duplicateAssessment", drop -> appendLine(drop.resolve("assessments.csv"),
                        "T01,2018-09-11,baseline,network,3"), "assessments.csv line 97"),
                // goals.csv has 41 lines; T01 already has a goal G1 (line 2)
                rejects("duplicateGoalId", drop -> appendLine(drop.resolve("goals.csv"),
                        "T01,G1,other,2018-09-01,open"), "goals.csv line 42"));
    }

    static Stream<Case> identifiers() {
        return Stream.of(
                stops("nationalIdInAnUnexpectedColumn", drop -> replaceOnLine(drop.resolve("events.csv"), 36,
                        ";network_mapping;", ";" + FNR + ";"), "events.csv, line 36, column theme").without(FNR),
                stops("dNumber", drop -> replaceOnLine(drop.resolve("goals.csv"), 2, "T01,G1,", "T01," + DNR + ","),
                        "goals.csv, line 2, column goal_id").without(DNR),
                stops("nationalIdAsPersonIdWithoutAKey", drop -> replaceOnLine(drop.resolve("participants.csv"), 2,
                        "T01,", FNR + ","), "participants.csv, line 2, column person_id", "--pseudonymise")
                        .without(FNR),
                stops("nationalIdInTheHeader", drop -> replaceOnLine(drop.resolve("goals.csv"), 1,
                        ",status", ",status," + FNR), "goals.csv, line 1").without(FNR),
                stops("identifierColumnNorwegian", drop -> addColumn(drop.resolve("participants.csv"), "fødselsnummer"),
                        "participants.csv, line 1, column fødselsnummer", "direct identifier"),
                stops("identifierColumnEnglish", drop -> addColumn(drop.resolve("participants.csv"), "Email"),
                        "participants.csv, line 1, column Email", "direct identifier"),
                stops("identifierColumnName", drop -> addColumn(drop.resolve("outcomes.csv"), "navn"),
                        "outcomes.csv, line 1, column navn"),
                stops("emailAddressInACell", drop -> replaceOnLine(drop.resolve("goals.csv"), 3, "T01,G2,",
                        "T01,kari.nordmann@example.no,"), "goals.csv, line 3, column goal_id", "e-mail")
                        .without("kari.nordmann"),
                stops("phoneNumberInACell", drop -> replaceOnLine(drop.resolve("goals.csv"), 4, "T01,G3,",
                        "T01,+4791234567,"), "goals.csv, line 4, column goal_id").without("91234567"),
                stops("nationalIdInAFreeTextColumn", drop -> {
                    addColumn(drop.resolve("outcomes.csv"), "notes");
                    replaceOnLine(drop.resolve("outcomes.csv"), 2, ",yes", ",yes,ring " + FNR);
                }, "outcomes.csv, line 2, column notes").without(FNR));
    }

    static Stream<Case> workbooks() {
        return Stream.of(
                // a formula with its cached result (as Excel saves it) reads as that result
                accepted("workbookWithFormula", drop -> {
                    XSSFWorkbook workbook = SampleDrop.toWorkbook(drop);
                    workbook.getSheet("participants").getRow(1).getCell(9).setCellFormula("1+2");
                    workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
                    SampleDrop.save(workbook, drop);
                }, " 0 rejected"),
                // real date cells are read as dates
                accepted("workbookWithDateCells", drop -> {
                    XSSFWorkbook workbook = SampleDrop.toWorkbook(drop);
                    var style = workbook.createCellStyle();
                    style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
                    var cell = workbook.getSheet("participants").getRow(1).getCell(4);
                    cell.setCellValue(java.time.LocalDate.parse(cell.getStringCellValue()));
                    cell.setCellStyle(style);
                    SampleDrop.save(workbook, drop);
                }, " 0 rejected"),
                // a serial number without a date format is a number, not a date (42443 is 2016-03-14)
                rejects("workbookSerialNumberDate", drop -> {
                    XSSFWorkbook workbook = SampleDrop.toWorkbook(drop);
                    workbook.getSheet("participants").getRow(1).getCell(4).setCellValue(42443);
                    SampleDrop.save(workbook, drop);
                }, "drop.xlsx!participants line 2, column arrival_date", "42443"),
                // merged cells keep their value only in the first cell: row 3 has no municipality
                rejects("workbookMergedCells", drop -> {
                    XSSFWorkbook workbook = SampleDrop.toWorkbook(drop);
                    Sheet sheet = workbook.getSheet("participants");
                    sheet.getRow(2).getCell(1).setBlank();
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
                    SampleDrop.save(workbook, drop);
                }, "drop.xlsx!participants line 3, column municipality"),
                stops("workbookHiddenSheet", drop -> {
                    XSSFWorkbook workbook = SampleDrop.toWorkbook(drop);
                    workbook.setSheetHidden(workbook.getSheetIndex("goals"), true);
                    SampleDrop.save(workbook, drop);
                }, "drop.xlsx!goals", "hidden"),
                stops("workbookSheetMissing", drop -> {
                    XSSFWorkbook workbook = SampleDrop.toWorkbook(drop);
                    workbook.removeSheetAt(workbook.getSheetIndex("goals"));
                    SampleDrop.save(workbook, drop);
                }, "the drop has no goals"),
                stops("workbookTruncated", drop -> {
                    SampleDrop.save(SampleDrop.toWorkbook(drop), drop);
                    byte[] bytes = Files.readAllBytes(drop.resolve("drop.xlsx"));
                    Files.write(drop.resolve("drop.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
                }, "drop.xlsx"),
                stops("workbookIdentifierInAnExtraColumn", drop -> {
                    XSSFWorkbook workbook = SampleDrop.toWorkbook(drop);
                    Sheet sheet = workbook.getSheet("events");
                    sheet.getRow(0).createCell(6).setCellValue("kontakt");
                    sheet.getRow(4).createCell(6).setCellValue("ola@example.no");
                    SampleDrop.save(workbook, drop);
                }, "drop.xlsx!events, line 5, column kontakt").without("ola@"));
    }

    static Stream<Case> filesAndTheDrop() {
        return Stream.of(
                stops("emptyFile", drop -> Files.write(drop.resolve("participants.csv"), new byte[0]),
                        "participants.csv", "empty"),
                // no goals were set yet: a header alone is a valid, empty file
                accepted("headerOnlyFile", drop -> Files.writeString(drop.resolve("goals.csv"),
                        "person_id,goal_id,dimension,set_date,status\n"), " 0 rejected"),
                stops("binaryFilePosingAsCsv", drop -> {
                    byte[] bytes = new byte[4096];
                    new Random(7).nextBytes(bytes);
                    Files.write(drop.resolve("outcomes.csv"), bytes);
                }, "outcomes.csv", "not text"),
                stops("symlinkOutOfTheDrop", drop -> {
                    Path outside = Files.copy(drop.resolve("goals.csv"), drop.getParent().resolve("elsewhere.csv"));
                    Files.delete(drop.resolve("goals.csv"));
                    Files.createSymbolicLink(drop.resolve("goals.csv"), outside);
                }, "goals.csv", "outside the drop folder"),
                stops("recordFileMissing", drop -> Files.delete(drop.resolve("assessments.csv")),
                        "the drop has no assessments"),
                stops("dropPropertiesMissing", drop -> Files.delete(drop.resolve("drop.properties")),
                        "drop.properties", "extract_date"),
                stops("extractDateMissing", drop -> Files.writeString(drop.resolve("drop.properties"),
                        "source=Trondheim\n"), "drop.properties", "extract_date is missing"),
                stops("extractDateImpossible", drop -> Files.writeString(drop.resolve("drop.properties"),
                        "extract_date=31.02.2020\n"), "drop.properties", "not a valid date"),
                stops("dropPropertiesWithABadEscape", drop -> Files.writeString(drop.resolve("drop.properties"),
                        "extract_date=2020-09-01\nsource=C:\\users\\eksport\n"), "drop.properties", "backslash"),
                stops("dropPropertiesBinary", drop -> {
                    byte[] bytes = new byte[512];
                    new Random(11).nextBytes(bytes);
                    Files.write(drop.resolve("drop.properties"), bytes);
                }, "drop.properties"));
    }

    private static void recode(Path file, Charset charset) throws IOException {
        Files.write(file, Files.readString(file, StandardCharsets.UTF_8).getBytes(charset));
    }

    private static void addColumn(Path file, String name) throws IOException {
        List<String> lines = lines(file);
        char delimiter = lines.get(0).contains(";") ? ';' : ',';
        lines.set(0, lines.get(0) + delimiter + name);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
