package no.retthylle.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRowSourceTest {

    private static List<SourceRow> rows(String text) throws Exception {
        try (CsvRowSource source = CsvRowSource.open(new StringReader(text))) {
            List<SourceRow> rows = new ArrayList<>();
            for (Optional<SourceRow> row = source.next(); row.isPresent(); row = source.next()) {
                rows.add(row.get());
            }
            return rows;
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a;b;c|;",
        "a,b,c|,",
        "a|,",
        "\"x,y\";b|;",
        "\"x;y;z\",b|,"})
    void delimiterIsTheMoreFrequentOfSemicolonAndCommaOutsideQuotes(String headerLine, char expected) {
        assertEquals(expected, CsvRowSource.delimiterOf(headerLine));
    }

    @Test
    void semicolonFileIsSplitOnSemicolonsAndKeepsCommasInValues() throws Exception {
        try (CsvRowSource source = CsvRowSource.open(new StringReader("a;b\n1,5;x\n"))) {
            assertEquals(List.of("a", "b"), source.header());
            assertEquals(List.of("1,5", "x"), source.next().orElseThrow().cells());
        }
    }

    @Test
    void cellsAreTrimmedAndHeaderIsTrimmed() throws Exception {
        try (CsvRowSource source = CsvRowSource.open(new StringReader(" a , b \n  x ,\" y \"\n"))) {
            assertEquals(List.of("a", "b"), source.header());
            assertEquals(List.of("x", "y"), source.next().orElseThrow().cells());
        }
    }

    @Test
    void byteOrderMarkIsDroppedFromTheFirstHeaderName() throws Exception {
        try (CsvRowSource source = CsvRowSource.open(new StringReader("\uFEFFperson_id,b\n1,2\n"))) {
            assertEquals("person_id", source.header().get(0));
        }
    }

    @Test
    void lineIsThePhysicalLineWhereTheRowStarts() throws Exception {
        // line 1 header; line 2 row; lines 3-4 one row with a value spanning two lines;
        // line 5 blank (skipped); line 6 row.
        List<SourceRow> rows = rows("a,b\n1,x\n2,\"two\nlines\"\n\n3,y\n");
        assertEquals(List.of(2L, 3L, 6L), rows.stream().map(SourceRow::line).toList());
        assertEquals("two\nlines", rows.get(1).cells().get(1));
    }

    @Test
    void windowsLineEndsCountOneLineEach() throws Exception {
        List<SourceRow> rows = rows("a,b\r\n1,x\r\n2,y\r\n");
        assertEquals(List.of(2L, 3L), rows.stream().map(SourceRow::line).toList());
    }

    @Test
    void rowsWithOnlyEmptyCellsAreSkipped() throws Exception {
        List<SourceRow> rows = rows("a;b\n;\n ; \n1;2\n");
        assertEquals(1, rows.size());
        assertEquals(4L, rows.get(0).line());
    }

    @Test
    void shortRowsReadAsEmptyCells() throws Exception {
        SourceRow row = rows("a,b,c\n1\n").get(0);
        assertEquals("1", row.cell(0));
        assertEquals("", row.cell(2));
    }

    @Test
    void unclosedQuoteStopsWithTheLineWhereTheRowStarts() {
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> rows("a,b\n1,x\n2,\"never closed\n3,y\n"));
        assertEquals(3L, e.line());
        assertTrue(e.getMessage().startsWith("malformed CSV"));
    }

    @Test
    void textAfterAClosingQuoteStops() {
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> rows("a,b\n1,\"x\"y\n"));
        assertEquals(2L, e.line());
    }

    @Test
    void emptyFileHasNoHeader() {
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> rows(""));
        assertEquals(1L, e.line());
    }

    @Test
    void fileStartingWithABlankLineHasNoHeader() {
        assertThrows(SourceFormatException.class, () -> rows("\na,b\n1,2\n"));
    }

    @Test
    void headerOnlyFileHasNoRows() throws Exception {
        assertFalse(CsvRowSource.open(new StringReader("a,b\n")).next().isPresent());
    }
}
