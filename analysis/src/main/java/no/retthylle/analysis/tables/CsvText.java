package no.retthylle.analysis.tables;

import java.util.List;

/**
 * Renders a metric table as CSV text: comma-separated, a header row, every line ended by
 * {@code \n}. A cell that holds a comma, a double quote or a line break is quoted the
 * RFC 4180 way ({@code "a ""b"", c"}); other cells are written as they are. An empty
 * table gives the header line alone.
 */
public final class CsvText {

    private CsvText() {
    }

    /** The whole CSV text of the table. */
    public static String of(MetricTable table) {
        StringBuilder text = new StringBuilder();
        appendLine(text, table.columns());
        for (List<String> row : table.cells()) {
            appendLine(text, row);
        }
        return text.toString();
    }

    private static void appendLine(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(cells.get(i)));
        }
        text.append('\n');
    }

    private static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
