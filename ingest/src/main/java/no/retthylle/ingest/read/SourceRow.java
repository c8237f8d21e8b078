package no.retthylle.ingest.read;

import java.util.List;

/**
 * One data row.
 *
 * @param line where the row starts in its source: the physical line for CSV (header is
 *     line 1), the sheet row number for xlsx (first row is 1)
 * @param cells the trimmed cells in header order; may be shorter or longer than the header
 */
public record SourceRow(long line, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or the empty string where the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
