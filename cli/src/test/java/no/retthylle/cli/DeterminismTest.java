package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.retthylle.spark.SparkSessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same drop gives the same bytes: two runs with 4 shuffle partitions and one with 1
 * write byte-identical metric tables and figures.json (which has no run-time field).
 */
class DeterminismTest {

    private static final String SHUFFLE = "spark.sql.shuffle.partitions";

    @TempDir
    static Path tmp;
    static String shuffleBefore;

    @BeforeAll
    static void rememberTheSessionSetting() {
        shuffleBefore = SparkSessions.forTests().conf().get(SHUFFLE);
    }

    @AfterAll
    static void restoreTheSessionSetting() {
        SparkSessions.forTests().conf().set(SHUFFLE, shuffleBefore);
    }

    @Test
    void metricTablesAndFiguresJsonAreByteIdenticalAcrossRunsAndShufflePartitions() throws IOException {
        Path first = run("first", 4);
        Path second = run("second", 4);
        Path single = run("single", 1);

        List<Path> tables = csvFiles(first.resolve("metrics"));
        assertTrue(tables.size() >= 3, "metric tables: " + tables);
        for (Path other : List.of(second, single)) {
            assertEquals(tables.stream().map(p -> p.getFileName().toString()).toList(),
                    csvFiles(other.resolve("metrics")).stream().map(p -> p.getFileName().toString()).toList());
            for (Path table : tables) {
                assertArrayEquals(Files.readAllBytes(table),
                        Files.readAllBytes(other.resolve("metrics").resolve(table.getFileName())),
                        table.getFileName() + " of " + other.getFileName());
            }
            assertEquals(figuresWithoutRunTime(first), figuresWithoutRunTime(other),
                    "figures.json of " + other.getFileName() + " apart from the run time");
        }
    }

    /** A whole run with {@code --shuffle-partitions}; checks the shared session really used it. */
    private static Path run(String name, int partitions) {
        Path out = tmp.resolve(name);
        assertEquals(0, Main.execute("run", "--input", SampleDrop.SAMPLE.toString(), "--out", out.toString(),
                "--shuffle-partitions", Integer.toString(partitions)));
        assertEquals(Integer.toString(partitions), SparkSessions.forTests().conf().get(SHUFFLE));
        return out;
    }

    /**
     * figures.json with each figure's {@code generated_at} (the time the report was made,
     * the one field that may differ between runs) removed.
     */
    private static JsonNode figuresWithoutRunTime(Path out) throws IOException {
        JsonNode root = new ObjectMapper().readTree(out.resolve("report").resolve("figures.json").toFile());
        assertTrue(root.get("figures").size() > 0, "figures.json lists figures");
        for (JsonNode figure : root.get("figures")) {
            assertTrue(figure.has("generated_at"), "each figure says when it was made");
            ((ObjectNode) figure).remove("generated_at");
        }
        return root;
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
