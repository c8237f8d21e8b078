package no.retthylle.cli;

/** A usage problem found while running, e.g. {@code --as-of} after the extract date: exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
