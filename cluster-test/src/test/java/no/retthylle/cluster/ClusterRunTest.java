package no.retthylle.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import no.retthylle.cli.Main;
import no.retthylle.generator.GenerateJob;
import no.retthylle.generator.GeneratorSettings;
import no.retthylle.spark.SparkSessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline submitted with {@code SparkSubmit} to a standalone cluster of a master and two
 * one-core workers writes the same metric CSVs, byte for byte, as in local mode (in this JVM,
 * on the shared {@code local[1]} test session) on the same drop; and its tasks ran in
 * executors the two workers launched.
 *
 * <p>Two drops: the sample, submitted as {@code run} (ingest, analyse and report on the
 * cluster's driver), and a generated drop of 50,000 persons, submitted as {@code ingest} then
 * {@code analyse}: its metric tables are the point, while its report would list thousands of
 * cohorts (README, "Running on a Spark cluster").
 *
 * <p>The cluster is started once for every drop and stopped in {@link #stopCluster()}, also
 * when a test fails. The local run is the reference: the spec's tables do not depend on the
 * number of partitions or machines, so any byte that differs is a defect.
 */
class ClusterRunTest {

    /** The metric tables {@code shared/spec/metrics.md} names as the output contract. */
    private static final List<String> METRIC_TABLES = List.of("balance.csv", "comparison.csv", "completion.csv",
            "funnel.csv", "goals.csv", "internships.csv", "intro_status.csv", "job_attachment.csv", "meetings.csv",
            "self_sufficiency.csv", "skills.csv", "time_to_job.csv", "time_to_job_summary.csv");
    private static final Path SAMPLES = Path.of("..", "data-samples").toAbsolutePath().normalize();
    private static final int WORKERS = 2;

    @TempDir
    static Path tmp;

    private static StandaloneCluster cluster;
    private static ApplicationJars jars;

    /** Where a drop comes from: a folder it returns, given an empty folder it may write to. */
    @FunctionalInterface
    interface DropSource {
        Path prepare(Path emptyDir) throws Exception;
    }

    /**
     * A drop and how it is run: {@code run} whole, or {@code ingest} then {@code analyse}.
     */
    record Drop(DropSource source, boolean withReport) {

        /** The command lines that take the drop at {@code input} to metrics in {@code out}. */
        List<List<String>> commands(Path input, Path out) {
            if (withReport) {
                return List.of(List.of("run", "--input", input.toString(), "--out", out.toString()));
            }
            String warehouse = out.resolve("warehouse").toString();
            return List.of(List.of("ingest", "--input", input.toString(), "--warehouse", warehouse),
                    List.of("analyse", "--warehouse", warehouse, "--out", out.toString()));
        }
    }

    /** The drops every test runs on, one line each. */
    static Stream<Named<Drop>> drops() {
        return Stream.of(
                Named.of("sample trondheim-2020", new Drop(dir -> SAMPLES.resolve("trondheim-2020"), true)),
                Named.of("generated, 50 000 persons", new Drop(dir -> GenerateJob.run(
                        new GeneratorSettings(50_000, 1, GeneratorSettings.DEFAULT_EXTRACT_DATE), dir).drop(), false)));
    }

    @BeforeAll
    static void startCluster() throws Exception {
        SparkSessions.forTests();
        jars = ApplicationJars.build(Files.createDirectories(tmp.resolve("jars")));
        cluster = StandaloneCluster.start(SparkHome.ofBuild(), Files.createDirectories(tmp.resolve("cluster")), WORKERS);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drops")
    void aClusterRunWritesTheLocalRunsMetricsByteForByteFromTwoExecutors(Drop drop, @TempDir Path dir)
            throws Exception {
        Path input = drop.source().prepare(Files.createDirectories(dir.resolve("drop")));
        Path local = dir.resolve("local");
        Path onCluster = dir.resolve("cluster");
        for (List<String> command : drop.commands(input, local)) {
            assertEquals(0, Main.execute(command.toArray(String[]::new)), () -> "local " + command);
        }
        Set<Path> appsBefore = appDirs();

        List<List<String>> commands = drop.commands(input, onCluster);
        for (int i = 0; i < commands.size(); i++) {
            Submission submission = Submission.of(jars, cluster.masterUrl(), commands.get(i),
                    Files.createDirectories(dir.resolve("submission-" + i)));
            assertEquals(0, submission.run(SparkHome.ofBuild()), () -> submission.logText() + cluster.logs());
        }

        assertSameMetricCsvs(local.resolve("metrics"), onCluster.resolve("metrics"));
        assertEveryWorkerRanAnExecutorPerSubmission(appsBefore, commands.size());
    }

    private static void assertSameMetricCsvs(Path expected, Path actual) throws IOException {
        assertEquals(METRIC_TABLES, csvNames(expected), "the local run's metric tables");
        assertEquals(METRIC_TABLES, csvNames(actual), "the cluster run's metric tables");
        for (String table : METRIC_TABLES) {
            Path want = expected.resolve(table);
            Path got = actual.resolve(table);
            assertEquals(-1L, Files.mismatch(want, got), () -> table + " differs:\nlocal:\n" + text(want)
                    + "\ncluster:\n" + text(got));
        }
    }

    /**
     * Each worker made one new {@code app-*} folder per submission, each holding an executor's
     * stderr, the master lists those applications as FINISHED, and the executors' logs show
     * finished tasks.
     */
    private static void assertEveryWorkerRanAnExecutorPerSubmission(Set<Path> appsBefore, int submissions)
            throws Exception {
        Set<String> appIds = new HashSet<>();
        int finishedTasks = 0;
        for (Path workDir : cluster.workDirs()) {
            List<Path> newApps = appDirs(workDir).stream().filter(a -> !appsBefore.contains(a)).toList();
            assertEquals(submissions, newApps.size(), () -> "new application folders in " + workDir + ": " + newApps);
            for (Path app : newApps) {
                List<Path> stderrs = executorStderrs(app);
                assertEquals(1, stderrs.size(), () -> "executors of " + app + ": " + stderrs);
                appIds.add(app.getFileName().toString());
                finishedTasks += (int) Files.readAllLines(stderrs.get(0), StandardCharsets.UTF_8).stream()
                        .filter(line -> line.contains("Finished task")).count();
            }
        }
        assertEquals(submissions, appIds.size(), () -> "the same applications on every worker: " + appIds);
        assertTrue(finishedTasks > 0, "the executors logged no finished task");
        JsonNode completed = cluster.masterState().path("completedapps");
        for (String appId : appIds) {
            List<String> states = StreamSupport.stream(completed.spliterator(), false)
                    .filter(app -> app.path("id").asText().equals(appId)).map(app -> app.path("state").asText())
                    .toList();
            assertEquals(List.of("FINISHED"), states, () -> "the master's completed applications: " + completed);
        }
    }

    private static Set<Path> appDirs() throws IOException {
        Set<Path> apps = new HashSet<>();
        for (Path workDir : cluster.workDirs()) {
            apps.addAll(appDirs(workDir));
        }
        return apps;
    }

    private static List<Path> appDirs(Path workDir) throws IOException {
        try (Stream<Path> entries = Files.list(workDir)) {
            return entries.filter(e -> e.getFileName().toString().startsWith("app-")).toList();
        }
    }

    private static List<Path> executorStderrs(Path appDir) throws IOException {
        List<Path> stderrs = new ArrayList<>();
        try (Stream<Path> executors = Files.list(appDir)) {
            for (Path executor : executors.toList()) {
                if (Files.isRegularFile(executor.resolve("stderr"))) {
                    stderrs.add(executor.resolve("stderr"));
                }
            }
        }
        return stderrs;
    }

    private static List<String> csvNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
