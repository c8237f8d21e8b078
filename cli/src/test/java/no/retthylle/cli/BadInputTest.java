package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.retthylle.spark.SparkSessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees when a drop is broken: exit code, message, and nothing written. */
class BadInputTest {

    private static final Path SAMPLE = Path.of("..", "data-samples", "trondheim-2020");
    /**
     * A valid fødselsnummer computed by hand: 010190 124, then
     * k1 = 11 − (0·3+1·7+0·6+1·1+9·8+0·9+1·4+2·5+4·2 = 102) mod 11 = 11 − 3 = 8,
     * k2 = 11 − (0·5+1·4+0·3+1·2+9·7+0·6+1·5+2·4+4·3+8·2 = 110) mod 11 = 11 − 0 → 0.
     */
    private static final String FNR = "01019012480";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void shareTheTestSession() {
        SparkSessions.forTests();
    }

    @Test
    void aNationalIdStopsTheIngestWithExitTwoNamingFileRowAndColumnWithoutEchoingIt() throws IOException {
        Path drop = copyOfSample();
        // participants.csv line 2 is T01; its education_field (7th column) becomes the number
        replaceOnLine(drop.resolve("participants.csv"), 2, ",pharmacy,", "," + FNR + ",");
        Path warehouse = tmp.resolve("wh");

        int code = run("ingest", "--input", drop.toString(), "--warehouse", warehouse.toString());

        assertEquals(2, code);
        String message = err.toString();
        assertTrue(message.contains("participants.csv"), message);
        assertTrue(message.contains("line 2"), message);
        assertTrue(message.contains("education_field"), message);
        assertFalse(message.contains(FNR), message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
        assertFalse(Files.exists(warehouse.resolve("CURRENT")), "nothing was written");
    }

    @Test
    void aBadRowIsListedInTheRejectsAndTheRestIsIngested() throws IOException {
        Path drop = copyOfSample();
        // line 2 of enrolments.csv is O01's intro spell, ended 2017-10-31 'completed'
        replaceOnLine(drop.resolve("enrolments.csv"), 2, ",completed,", ",finished,");

        int code = run("ingest", "--input", drop.toString(), "--warehouse", tmp.resolve("wh").toString());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("rejected: enrolments.csv line 2, column end_reason"), out.toString());
        assertTrue(out.toString().contains(" 1 rejected"), out.toString());
    }

    @Test
    void anAsOfAfterTheExtractDateIsRefusedWithExitTwo() {
        int code = run("run", "--input", SAMPLE.toString(), "--out", tmp.resolve("out").toString(),
                "--as-of", "2020-09-02");
        assertEquals(2, code);
        assertTrue(err.toString().contains("--as-of 2020-09-02 is after the drop's extract_date 2020-09-01"),
                err.toString());
        assertFalse(Files.exists(tmp.resolve("out").resolve("metrics")));
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        assertEquals(2, run("run", "--input", SAMPLE.toString(), "--out", tmp.toString(), "--colour", "red"));
        assertTrue(err.toString().contains("--colour"), err.toString());
    }

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path copyOfSample() throws IOException {
        Path drop = tmp.resolve("drop");
        Files.createDirectories(drop);
        try (var files = Files.list(SAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, drop.resolve(file.getFileName()));
            }
        }
        return drop;
    }

    private static void replaceOnLine(Path file, int lineNumber, String from, String to) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String line = lines.get(lineNumber - 1);
        assertTrue(line.contains(from), "fixture line changed: " + line);
        lines.set(lineNumber - 1, line.replace(from, to));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
