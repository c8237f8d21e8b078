package no.retthylle.reports;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.ProtectedTable;

/**
 * A metric table as it may be published: every value cell shown, missing or suppressed, with
 * the row's key and text cells as written.
 *
 * @param keys per row, its key cells (in {@link MetricFamily#keys} order)
 * @param texts per row, its text cells (in {@link MetricFamily#texts} order)
 */
public record PublishedTable(MetricFamily family, ProtectedTable table, List<List<String>> keys,
                             List<List<String>> texts) {

    public PublishedTable {
        keys = keys.stream().map(List::copyOf).toList();
        texts = texts.stream().map(List::copyOf).toList();
    }

    public int rowCount() {
        return keys.size();
    }

    public Cell cell(int row, String column) {
        return table.cell(row, column);
    }

    /** The key or text cell of {@code row} in {@code column}. */
    public String text(int row, String column) {
        int k = family.keys().indexOf(column);
        if (k >= 0) {
            return keys.get(row).get(k);
        }
        int t = family.texts().indexOf(column);
        if (t < 0) {
            throw new IllegalArgumentException("no key or text column " + column + " in " + family.fileName());
        }
        return texts.get(row).get(t);
    }

    /** The first row whose key cells are {@code key} (in {@link MetricFamily#keys} order). */
    public Optional<Integer> find(String... key) {
        List<String> wanted = List.of(key);
        return IntStream.range(0, rowCount()).filter(r -> keys.get(r).equals(wanted)).boxed().findFirst();
    }

    /** The same table with another set of cells. */
    PublishedTable withCells(List<List<Cell>> cells) {
        return new PublishedTable(family, new ProtectedTable(table.columns(), table.rows(), cells, table.minCell(),
                table.mode()), keys, texts);
    }
}
