package no.retthylle.ingest.stage;

/**
 * The ingest must stop: the drop cannot be read, breaks a whole-file rule or holds a
 * direct identifier. The message is for a municipal analyst: plain words, naming file,
 * line and column where they apply, and never quoting an identifying value.
 */
public final class DropException extends Exception {

    public DropException(String message) {
        super(message);
    }

    public DropException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code "participants.csv, line 7, column person_id: problem"}; a null column is left out. */
    static DropException at(String file, long line, String column, String problem) {
        String where = file + ", line " + line + (column == null ? "" : ", column " + column);
        return new DropException(where + ": " + problem);
    }
}
