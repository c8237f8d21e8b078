package no.retthylle.cli;

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

    /** Runs the command line and returns its exit code, without exiting the JVM. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new RetthylleCommand());
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        return commandLine.execute(args);
    }
}
