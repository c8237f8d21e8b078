package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reading one cell of a metric table that a run wrote to {@code OUT/metrics}. */
final class MetricCsv {

    private MetricCsv() {
    }

    /**
     * The cell in {@code column} of the one row of {@code metrics/TABLE.csv} whose columns
     * hold the values of {@code key}; a test failure when not exactly one row matches.
     */
    static String cell(Path metrics, String table, Map<String, String> key, String column) throws IOException {
        try (Reader reader = Files.newBufferedReader(metrics.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords().stream()
                    .filter(r -> key.entrySet().stream().allMatch(k -> Objects.equals(r.get(k.getKey()), k.getValue())))
                    .toList();
            assertEquals(1, rows.size(), table + " rows matching " + key);
            return rows.get(0).get(column);
        }
    }
}
