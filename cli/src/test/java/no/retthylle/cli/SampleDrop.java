package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Copies of {@code data-samples/trondheim-2020} for tests that break one thing in it, and
 * the small edits they make: a line replaced, a line added, a CSV file turned into an xlsx sheet.
 */
final class SampleDrop {

    static final Path SAMPLE = Path.of("..", "data-samples", "trondheim-2020");
    static final String[] RECORD_TYPES = {"participants", "enrolments", "events", "outcomes", "assessments", "goals"};

    private SampleDrop() {
    }

    /** A fresh copy of the sample drop in {@code dir}. */
    static Path copy(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var files = Files.list(SAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        return dir;
    }

    /** Replaces {@code from} by {@code to} on line {@code lineNumber} (1-based), checking the fixture. */
    static void replaceOnLine(Path file, int lineNumber, String from, String to) throws IOException {
        List<String> lines = lines(file);
        String line = lines.get(lineNumber - 1);
        assertTrue(line.contains(from), "fixture line changed: " + line);
        lines.set(lineNumber - 1, line.replace(from, to));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Adds {@code text} as the last line. */
    static void appendLine(Path file, String text) throws IOException {
        List<String> lines = lines(file);
        lines.add(text);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The file's lines, UTF-8. */
    static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * Moves every record CSV of {@code drop} into one workbook {@code drop.xlsx}, a sheet per
     * record type with text cells, and deletes the CSVs. The workbook stays open for the
     * caller to change, then {@link #save} it.
     */
    static XSSFWorkbook toWorkbook(Path drop) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        for (String type : RECORD_TYPES) {
            Path csv = drop.resolve(type + ".csv");
            Sheet sheet = workbook.createSheet(type);
            char delimiter = Files.readAllLines(csv).get(0).contains(";") ? ';' : ',';
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                int r = 0;
                for (CSVRecord record : CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(reader)) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < record.size(); c++) {
                        if (!record.get(c).isEmpty()) {
                            row.createCell(c).setCellValue(record.get(c));
                        }
                    }
                }
            }
            Files.delete(csv);
        }
        return workbook;
    }

    /** Writes the workbook to {@code drop/drop.xlsx} and closes it. */
    static void save(XSSFWorkbook workbook, Path drop) throws IOException {
        try (OutputStream out = Files.newOutputStream(drop.resolve("drop.xlsx"))) {
            workbook.write(out);
        }
        workbook.close();
    }
}
