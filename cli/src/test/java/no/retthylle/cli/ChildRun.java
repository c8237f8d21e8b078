package no.retthylle.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code no.retthylle.cli.Main} in a child JVM, for tests that must kill a run: the test's
 * own class path, and the Spark flags of the surefire argLine taken from this JVM's
 * arguments. Output goes to a file so a full pipe never blocks the child.
 */
final class ChildRun {

    private final Process process;

    private ChildRun(Process process) {
        this.process = process;
    }

    /** Starts {@code retthylle ARGS}; its output is written to {@code log}. */
    static ChildRun start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("--add-opens") || flag.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                    || flag.startsWith("--sun-misc") || flag.startsWith("--enable-native-access")
                    || flag.startsWith("-Dio.netty") || flag.startsWith("-Duser.") || flag.startsWith("-Djava.awt")) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return new ChildRun(builder.start());
    }

    /**
     * Waits {@code millis}, then kills the child with SIGKILL ({@code destroyForcibly} on
     * Linux). Returns the exit code if it had already ended by itself, else -1.
     */
    int killAfter(long millis) throws InterruptedException {
        if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly();
        process.waitFor();
        return -1;
    }
}
