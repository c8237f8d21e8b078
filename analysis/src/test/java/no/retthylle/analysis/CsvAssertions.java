package no.retthylle.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compares a written metric CSV with expected lines, cell by cell. */
public final class CsvAssertions {

    /** Bounds from R are given to 15 digits; the CSV holds 12 significant digits. */
    private static final double TOLERANCE = 1e-9;

    private CsvAssertions() {
    }

    /**
     * Asserts that the file holds exactly the expected lines (header first). An expected
     * cell with a decimal point is compared as a number within 1e-9; every other cell
     * (text, counts, {@code 0}, {@code 1}, empty) must match exactly.
     */
    public static void assertCsv(Path file, String... expectedLines) throws IOException {
        List<String> actual = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(expectedLines.length, actual.size(), () -> "line count of " + file + ":\n"
                + String.join("\n", actual));
        for (int line = 0; line < expectedLines.length; line++) {
            String[] expected = expectedLines[line].split(",", -1);
            String[] cells = actual.get(line).split(",", -1);
            String where = file.getFileName() + " line " + (line + 1) + ": " + actual.get(line);
            assertEquals(expected.length, cells.length, where);
            for (int i = 0; i < expected.length; i++) {
                assertCell(expected[i], cells[i], where + ", cell " + (i + 1));
            }
        }
    }

    private static void assertCell(String expected, String actual, String where) {
        if (expected.contains(".")) {
            assertEquals(Double.parseDouble(expected), Double.parseDouble(actual), TOLERANCE, where);
        } else {
            assertEquals(expected, actual, where);
        }
    }
}
