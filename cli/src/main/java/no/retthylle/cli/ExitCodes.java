package no.retthylle.cli;

import no.retthylle.ingest.stage.DropException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what a command threw to an exit code and a message. Bad input ({@link DropException})
 * and bad usage found while running ({@link UsageException}) give 2 and one plain message;
 * anything else is an internal error, 1, whose stack trace is printed only with
 * {@code --verbose}. Picocli itself answers a parse error with its usage text and 2.
 */
final class ExitCodes implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        if (e instanceof DropException || e instanceof UsageException) {
            err.println("retthylle: " + e.getMessage());
            return BAD_INPUT;
        }
        err.println("retthylle: internal error: " + e);
        if (parseResult.hasMatchedOption("--verbose")) {
            e.printStackTrace(err);
        } else {
            err.println("(run again with --verbose for the stack trace)");
        }
        return INTERNAL_ERROR;
    }
}
