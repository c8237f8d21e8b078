package no.retthylle.reports.disclosure;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A metric table after disclosure control: every cell a value, missing or suppressed.
 *
 * @param columns the value columns, in order
 * @param rows the row keys (their values are not kept: read cells through {@link #cell})
 * @param minCell the threshold k applied (in internal mode: the k that would have applied)
 * @param mode the disclosure mode applied
 */
public record ProtectedTable(List<String> columns, List<RowKey> rows, List<List<Cell>> cells,
                             int minCell, Disclosure mode) {

    /** The key of one row. */
    public record RowKey(String groupType, String group, String stratum) {
    }

    public ProtectedTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        cells = cells.stream().map(List::copyOf).toList();
    }

    /** The cell of row {@code row} (its index in {@link #rows}) in {@code column}. */
    public Cell cell(int row, String column) {
        int c = columns.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return cells.get(row).get(c);
    }

    /** The indexes of the rows of one group type and stratum, in table order. */
    public List<Integer> rowsOf(String groupType, String stratum) {
        return IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).groupType().equals(groupType) && rows.get(i).stratum().equals(stratum))
                .boxed().toList();
    }

    /** How many cells are suppressed. */
    public long suppressedCount() {
        return cells.stream().flatMap(List::stream).filter(Cell::isSuppressed).count();
    }
}
