package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} from the command line: no Spark, exit codes as for every command. */
class GenerateCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesTheSixFilesAndThePropertiesAndPrintsTheTrueEffect() {
        Path drop = tmp.resolve("drop");

        int code = run("generate", "--persons", "200", "--seed", "3", "--out", drop.toString(),
                "--extract-date", "2023-06-30");

        assertEquals(0, code, err.toString());
        for (String file : new String[] {"participants.csv", "enrolments.csv", "events.csv", "outcomes.csv",
            "assessments.csv", "goals.csv", "drop.properties"}) {
            assertTrue(Files.isRegularFile(drop.resolve(file)), file);
        }
        String printed = out.toString();
        assertTrue(printed.startsWith("generate  200 persons"), printed);
        assertTrue(printed.contains("as of 2023-06-30"), printed);
        assertTrue(printed.contains("true effect on the treated, mentor_any"), printed);
    }

    @Test
    void aNonEmptyOutputFolderIsBadUsageWithExitTwo() throws Exception {
        Path busy = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(busy.resolve("keep.txt"), "mine");

        int code = run("generate", "--persons", "10", "--out", busy.toString());

        assertEquals(2, code);
        assertTrue(err.toString().contains("is not empty"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void zeroPersonsIsBadUsageWithExitTwo() {
        assertEquals(2, run("generate", "--persons", "0", "--out", tmp.resolve("d").toString()));
    }
}
