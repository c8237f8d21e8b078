package no.retthylle.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code spark-submit} of the CLI in client deploy mode, run as {@code bin/spark-submit}
 * runs it: {@code org.apache.spark.deploy.SparkSubmit} on Spark's class path, with the
 * application jar, {@code --class no.retthylle.cli.Main} and the non-Spark jars in
 * {@code --jars}. The driver gets the JVM flags {@code bin/retthylle} gives a local run
 * (headless AWT, UTC).
 */
record Submission(List<String> args, Path log) {

    private static final Duration TIMEOUT = Duration.ofMinutes(20);
    private static final String SPARK_SUBMIT = "org.apache.spark.deploy.SparkSubmit";

    /** The submission of {@code cliArgs} to {@code masterUrl}, run in {@code dir} and logged to its {@code spark-submit.log}. */
    static Submission of(ApplicationJars jars, String masterUrl, List<String> cliArgs, Path dir) {
        List<String> args = new ArrayList<>(List.of("--master", masterUrl, "--deploy-mode", "client",
                "--class", "no.retthylle.cli.Main", "--jars", jars.jarsOption(), jars.application().toString()));
        args.addAll(cliArgs);
        return new Submission(List.copyOf(args), dir.resolve("spark-submit.log"));
    }

    /**
     * Runs the driver and returns its exit code. A driver still running after twenty minutes (a
     * hang: an idle machine needs well under one) is killed, with what it started, and the run
     * fails.
     */
    int run(SparkHome spark) throws IOException, InterruptedException {
        Process driver = spark.process(SPARK_SUBMIT, List.of("-Djava.awt.headless=true", "-Duser.timezone=UTC"),
                args, log).directory(log.getParent().toFile()).start();
        try {
            if (!driver.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("spark-submit did not finish in " + TIMEOUT + ":\n" + logText());
            }
            return driver.exitValue();
        } finally {
            driver.descendants().forEach(ProcessHandle::destroyForcibly);
            driver.destroyForcibly();
            driver.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** What the driver printed. */
    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
