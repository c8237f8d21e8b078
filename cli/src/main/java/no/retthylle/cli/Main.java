package no.retthylle.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of the application jar. Exit codes: 0 success, 2 bad input or bad usage
 * (a message, no stack trace), 1 internal error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line on standard out and err and returns its exit code, without exiting the JVM. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line, printing to the given writers, and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new RetthylleCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        return commandLine.execute(args);
    }
}
