package no.retthylle.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on 127.0.0.1: one master and {@code n} workers, each worker with
 * one core and 1 GiB, every port a free one (the master's REST submission server, on a fixed
 * port, is off). Starting takes about 10 s on an idle two-core machine; the time-out is
 * generous for a machine under load. Each daemon logs to {@code DIR/NAME.log}; worker
 * {@code i} keeps its executors' folders in {@code DIR/work-i}.
 *
 * <p>{@link #close()} stops every process this cluster started, by its own process handle:
 * first the executors the workers launched, then the workers, then the master; each gets
 * SIGTERM and, after ten seconds, SIGKILL. {@link #start} closes what it started when the
 * cluster does not come up.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final String MASTER = "org.apache.spark.deploy.master.Master";
    private static final String WORKER = "org.apache.spark.deploy.worker.Worker";
    /** The master's REST submission server would listen on the fixed port 6066. */
    private static final String NO_REST_SERVER = "-Dspark.master.rest.enabled=false";

    private final Path dir;
    private final int masterPort;
    private final int masterUiPort;
    private final List<Process> daemons = new ArrayList<>();
    private final List<Path> workDirs = new ArrayList<>();

    private StandaloneCluster(Path dir, int masterPort, int masterUiPort) {
        this.dir = dir;
        this.masterPort = masterPort;
        this.masterUiPort = masterUiPort;
    }

    /** Starts the master and {@code workers} workers and waits until every worker is ALIVE. */
    static StandaloneCluster start(SparkHome spark, Path dir, int workers) throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(dir, freePort(), freePort());
        try {
            cluster.launch(spark, MASTER, "master", List.of(NO_REST_SERVER), List.of("--host", "127.0.0.1",
                    "--port", String.valueOf(cluster.masterPort), "--webui-port", String.valueOf(cluster.masterUiPort)));
            for (int i = 1; i <= workers; i++) {
                Path workDir = Files.createDirectories(dir.resolve("work-" + i));
                cluster.workDirs.add(workDir);
                cluster.launch(spark, WORKER, "worker-" + i, List.of(), List.of(cluster.masterUrl(), "--host", "127.0.0.1",
                        "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
                        "--work-dir", workDir.toString()));
            }
            cluster.awaitAliveWorkers(workers);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code spark://127.0.0.1:PORT}. */
    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The work folder of each worker, in start order. */
    List<Path> workDirs() {
        return List.copyOf(workDirs);
    }

    /** The master's state as its web UI serves it at {@code /json/}. */
    JsonNode masterState() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    /** What the master and the workers logged, for a failure message. */
    String logs() {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                text.append("== ").append(log.getFileName()).append('\n')
                        .append(Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public void close() {
        List<Process> reversed = new ArrayList<>(daemons);
        java.util.Collections.reverse(reversed);
        for (Process daemon : reversed) {
            List<ProcessHandle> children = daemon.descendants().toList();
            children.forEach(StandaloneCluster::stop);
            stop(daemon.toHandle());
        }
        daemons.clear();
    }

    private void launch(SparkHome spark, String mainClass, String name, List<String> jvmFlags, List<String> args)
            throws IOException {
        daemons.add(spark.process(mainClass, jvmFlags, args, dir.resolve(name + ".log")).directory(dir.toFile()).start());
    }

    private void awaitAliveWorkers(int workers) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (daemons.stream().anyMatch(d -> !d.isAlive())) {
                throw new IllegalStateException("a Spark daemon exited while starting:\n" + logs());
            }
            try {
                if (masterState().path("aliveworkers").asInt() == workers) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The master's web UI is not up yet: try again.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("fewer than " + workers + " workers alive after " + START_TIMEOUT + ":\n" + logs());
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
