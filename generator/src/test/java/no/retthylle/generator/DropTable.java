package no.retthylle.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.warehouse.RecordType;

/**
 * A generated record file read back for tests: one map per row, by column name. The files
 * are plain comma-separated without quoting, so a split suffices.
 */
final class DropTable {

    private DropTable() {
    }

    static List<Map<String, String>> read(Path drop, RecordType type) throws IOException {
        List<String> lines = Files.readAllLines(drop.resolve(type.name() + ".csv"), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
