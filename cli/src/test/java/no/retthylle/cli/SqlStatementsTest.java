package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    private static List<String> split(String text) throws IOException {
        SqlStatements statements = new SqlStatements(new BufferedReader(new StringReader(text)));
        List<String> all = new ArrayList<>();
        for (Optional<String> s = statements.next(); s.isPresent(); s = statements.next()) {
            all.add(s.get());
        }
        return all;
    }

    @Test
    void aSemicolonEndsAStatementAcrossLinesAndWithinALine() throws IOException {
        assertEquals(List.of("SELECT 1\nFROM t", "SELECT 2", "SELECT 3"),
                split("SELECT 1\nFROM t;\nSELECT 2; SELECT 3;\n"));
    }

    @Test
    void semicolonsInQuotesAndCommentsDoNotEndAStatement() throws IOException {
        assertEquals(List.of("SELECT 'a;b', \"c;d\", `e;f`", "SELECT 'it\\'s;' -- x; y"),
                split("SELECT 'a;b', \"c;d\", `e;f`;\nSELECT 'it\\'s;' -- x; y\n;"));
    }

    @Test
    void textAfterTheLastSemicolonIsAStatementAndEmptyOnesAreSkipped() throws IOException {
        assertEquals(List.of("SELECT 1", "SELECT 2"), split(";;SELECT 1;\n ; \nSELECT 2\n"));
        assertEquals(List.of(), split(""));
    }
}
