package no.retthylle.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The result of a query as text cells, rendered as an aligned table or as CSV. Spark casts
 * every value to its SQL string form (dates {@code yyyy-MM-dd}, arrays {@code [1, 2]});
 * SQL NULL is {@code null} here, shown as {@code NULL} in a table and as an empty cell in CSV.
 */
record QueryResult(List<String> columns, List<List<String>> rows) {

    /** Runs the query plan and collects every row as text. */
    static QueryResult of(Dataset<Row> result) {
        List<String> columns = List.of(result.columns());
        String[] positional = new String[columns.size()];
        Column[] asText = new Column[columns.size()];
        for (int i = 0; i < positional.length; i++) {
            positional[i] = "c" + i;
            asText[i] = functions.col(positional[i]).cast("string");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Row row : result.toDF(positional).select(asText).collectAsList()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(row.isNullAt(i) ? null : row.getString(i));
            }
            rows.add(cells);
        }
        return new QueryResult(columns, rows);
    }

    /**
     * An aligned table with a header rule and a row count, e.g. for a terminal; {@code OK}
     * for a statement without result columns (e.g. {@code CREATE TEMPORARY VIEW}).
     */
    String table() {
        if (columns.isEmpty()) {
            return "OK\n";
        }
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], shown(row.get(i)).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, columns, widths);
        appendLine(text, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
        rows.forEach(row -> appendLine(text, row.stream().map(QueryResult::shown).toList(), widths));
        text.append('(').append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)").append('\n');
        return text.toString();
    }

    /** CSV: comma-separated, a header row, RFC 4180 quoting, NULL as an empty cell. */
    String csv() {
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", columns.stream().map(QueryResult::quoted).toList())).append('\n');
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(c -> c == null ? "" : quoted(c)).toList())).append('\n');
        }
        return text.toString();
    }

    private static String shown(String cell) {
        return cell == null ? "NULL" : cell;
    }

    private static void appendLine(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : " | ").append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    private static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
