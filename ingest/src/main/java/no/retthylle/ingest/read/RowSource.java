package no.retthylle.ingest.read;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one record file: a header, then data rows in file order. Cells are trimmed;
 * an empty cell is the empty string. Rows whose cells are all empty are skipped, so
 * {@link #next} never returns one.
 */
public interface RowSource extends Closeable {

    /** The header cells, trimmed, in file order. */
    List<String> header();

    /** The next data row, or empty at the end of the file. */
    Optional<SourceRow> next() throws SourceFormatException;
}
