package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import no.retthylle.spark.SparkSessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few randomly damaged copies of the sample drop (fixed seed) through the whole
 * {@code ingest}: each ends with exit 0 or 2, never 1 (an internal error), and a run that
 * stops leaves no snapshot. The property over many more mutations of phase 1 alone is
 * {@code DropStagerFuzzTest} in the ingest module.
 */
class FuzzedIngestTest {

    private static final long SEED = 4242L;
    private static final int CASES = 6;

    @TempDir
    Path tmp;

    @BeforeAll
    static void shareTheTestSession() {
        SparkSessions.forTests();
    }

    @Test
    void aDamagedDropEndsWithExitZeroOrTwoNeverAnInternalError() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Path drop = SampleDrop.copy(tmp.resolve("drop-" + i));
            Path file = drop.resolve(SampleDrop.RECORD_TYPES[random.nextInt(SampleDrop.RECORD_TYPES.length)] + ".csv");
            byte[] bytes = Files.readAllBytes(file);
            int at = random.nextInt(bytes.length);
            String what = file.getFileName() + " byte " + at;
            switch (i % 3) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = Arrays.copyOf(bytes, at);
                default -> bytes[at] = (byte) "\",;\n\u0000".charAt(random.nextInt(5));
            }
            Files.write(file, bytes);
            Path out = tmp.resolve("out-" + i);
            StringWriter text = new StringWriter();
            PrintWriter writer = new PrintWriter(text, true);

            int code = Main.execute(writer, writer, "ingest", "--input", drop.toString(),
                    "--warehouse", out.resolve("warehouse").toString());

            assertTrue(code == 0 || code == 2, what + " gave exit " + code + ": " + text);
            assertFalse(text.toString().contains("\tat "), what + ": " + text);
            if (code == 2) {
                BadInputCorpusTest.assertNothingWritten(out);
            }
        }
    }
}
