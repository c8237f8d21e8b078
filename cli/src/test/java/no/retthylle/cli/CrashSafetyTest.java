package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Manifest;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at any point leaves the earlier results whole: the previous
 * snapshot and CURRENT stay readable, the previous report stays complete, and what the
 * killed run left behind does not stop the next run, which cleans it up.
 */
class CrashSafetyTest {

    /** events.csv of the sample has 282 data rows; 710 copies give 200,220 rows. */
    private static final int EVENT_COPIES = 710;

    @TempDir
    static Path tmp;
    static Path out;
    static Path bigDrop;

    @BeforeAll
    static void runTheSampleAndBuildABigDrop() throws IOException {
        SparkSessions.forTests();
        out = tmp.resolve("out");
        assertEquals(0, Main.execute("run", "--input", SampleDrop.SAMPLE.toString(), "--out", out.toString()));
        bigDrop = SampleDrop.copy(tmp.resolve("big"));
        List<String> events = SampleDrop.lines(bigDrop.resolve("events.csv"));
        List<String> many = new ArrayList<>(List.of(events.get(0)));
        for (int i = 0; i < EVENT_COPIES; i++) {
            many.addAll(events.subList(1, events.size()));
        }
        Files.write(bigDrop.resolve("events.csv"), many, StandardCharsets.UTF_8);
    }

    @Test
    void aKilledIngestLeavesTheCurrentSnapshotWholeAndTheNextIngestSucceeds() throws Exception {
        Warehouse warehouse = new Warehouse(out.resolve("warehouse"));
        String before = warehouse.currentId().orElseThrow();
        for (long millis : new long[] {1000, 3000, 6000, 10000}) {
            ChildRun.start(tmp.resolve("ingest-" + millis + ".log"), "ingest", "--input",
                    bigDrop.toString(), "--warehouse", warehouse.root().toString()).killAfter(millis);
            String current = warehouse.currentId().orElseThrow();
            Manifest manifest = assertSnapshotReadable(warehouse, current);
            assertTrue(current.equals(before) || eventsWritten(manifest) == 200_220,
                    "CURRENT is the sample's snapshot or the big drop's complete one after a kill at " + millis);
        }
        Files.createDirectories(warehouse.root().resolve(".staging-killed"));
        Files.createDirectories(warehouse.snapshots().resolve(".partial-x-killed").resolve("events"));

        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "ingest", "--input", bigDrop.toString(), "--warehouse", warehouse.root().toString());

        assertEquals(0, code, err.toString());
        String after = warehouse.currentId().orElseThrow();
        Manifest manifest = assertSnapshotReadable(warehouse, after);
        // 282 sample events × 710 copies
        assertEquals(200_220, eventsWritten(manifest));
        assertEquals(List.of(), leftovers(warehouse.root(), ".staging-"));
        assertEquals(List.of(), leftovers(warehouse.snapshots(), ".partial-"));
        assertSnapshotReadable(warehouse, before);
    }

    @Test
    void aKilledReportLeavesTheEarlierReportWhole() throws Exception {
        Path report = out.resolve("report");
        byte[] html = Files.readAllBytes(report.resolve("report.html"));
        byte[] figures = Files.readAllBytes(report.resolve("figures.json"));
        List<String> files = tree(report);
        for (long millis : new long[] {500, 1500, 3000, 5000}) {
            ChildRun.start(tmp.resolve("report-" + millis + ".log"), "report", "--out", out.toString())
                    .killAfter(millis);
            assertEquals(files, tree(report), "the report folder is whole after a kill at " + millis + " ms");
            assertArrayEquals(html, Files.readAllBytes(report.resolve("report.html")));
            assertArrayEquals(figures, Files.readAllBytes(report.resolve("figures.json")));
        }
        Files.createDirectories(out.resolve(".report.tmp-killed"));

        assertEquals(0, Main.execute("report", "--out", out.toString()));

        assertEquals(files, tree(report));
        assertEquals(List.of(), leftovers(out, ".report.tmp-"));
        assertEquals(List.of(), leftovers(out, ".report.old-"));
    }

    /** The snapshot's manifest parses and every dataset reads back with as many rows as it says. */
    private static Manifest assertSnapshotReadable(Warehouse warehouse, String id) throws IOException {
        Manifest manifest = Manifest.fromJson(Files.readString(warehouse.manifest(id), StandardCharsets.UTF_8));
        assertEquals(id, manifest.snapshotId());
        SparkSession spark = SparkSessions.forTests();
        for (RecordType type : RecordTypes.ALL) {
            long rows = spark.read().schema(type.schema()).parquet(warehouse.dataset(id, type).toString()).count();
            long written = manifest.files().stream().filter(f -> f.recordType().equals(type.name()))
                    .findFirst().orElseThrow().rowsWritten();
            assertEquals(written, rows, type.name() + " of snapshot " + id);
        }
        return manifest;
    }

    private static long eventsWritten(Manifest manifest) {
        return manifest.files().stream().filter(f -> f.recordType().equals("events")).findFirst().orElseThrow()
                .rowsWritten();
    }

    private static List<String> leftovers(Path dir, String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
        }
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
