package no.retthylle.cli;

import java.io.Console;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows that a stage is still running: on an interactive terminal, one line on standard
 * error rewritten every second with the stage's name and the seconds so far, cleared when
 * the stage ends. Without a terminal (pipes, logs, CI, tests) it prints nothing, so the
 * one summary line per stage stays the whole output.
 */
final class Ticker implements AutoCloseable {

    private final ScheduledExecutorService clock;
    private final Console console;

    private Ticker(String stage, Console console) {
        this.console = console;
        if (console == null) {
            clock = null;
            return;
        }
        long start = System.nanoTime();
        clock = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "retthylle-ticker");
            thread.setDaemon(true);
            return thread;
        });
        clock.scheduleAtFixedRate(() -> System.err.printf(Locale.ROOT, "\r%-9s running, %d s ", stage,
                (System.nanoTime() - start) / 1_000_000_000L), 1, 1, TimeUnit.SECONDS);
    }

    /** Starts the ticker for a stage, e.g. {@code "ingest"}. */
    static Ticker start(String stage) {
        return new Ticker(stage, System.console());
    }

    @Override
    public void close() {
        if (clock != null) {
            clock.shutdownNow();
            System.err.print("\r" + " ".repeat(40) + "\r");
            System.err.flush();
        }
    }
}
