package no.retthylle.ingest.read;

/**
 * A record file that cannot be read as rows at all (empty, no header, unbalanced quote).
 * The message is plain words for an analyst and never quotes cell content.
 */
public final class SourceFormatException extends Exception {

    private final long line;

    public SourceFormatException(long line, String message) {
        super(message);
        this.line = line;
    }

    /** The line (or sheet row) where reading failed. */
    public long line() {
        return line;
    }
}
