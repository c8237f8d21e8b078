package no.retthylle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.RecordTypes;
import no.retthylle.warehouse.Warehouse;

/** Pseudonymisation keys for tests, and the person_ids a warehouse's current snapshot holds. */
final class Keys {

    /** 40 bytes, easy to search for in output. */
    static final String KEY_1 = "KEY-ONE-do-not-print-0123456789abcdefghi";
    /** Another 40 bytes. */
    static final String KEY_2 = "KEY-TWO-do-not-print-9876543210zyxwvutsr";
    /** 31 bytes: one short of the minimum. */
    static final String SHORT_KEY = "KEY-SHORT-do-not-print-01234567";

    private Keys() {
    }

    static Path write(Path dir, String name, String key) throws IOException {
        Path file = dir.resolve(name + ".key");
        Files.writeString(file, key, StandardCharsets.US_ASCII);
        return file;
    }

    /** Every person_id of the current snapshot's participants. */
    static Set<String> personIds(Path warehouseRoot) {
        Warehouse warehouse = new Warehouse(warehouseRoot);
        String id = warehouse.currentId().orElseThrow();
        Set<String> ids = new TreeSet<>();
        SparkSessions.forTests().read().parquet(warehouse.dataset(id, RecordTypes.ALL.get(0)).toString())
                .select("person_id").collectAsList().forEach(row -> ids.add(row.getString(0)));
        return ids;
    }

    /** The person_ids of the current snapshot that are pseudonyms: 32 lower-case hex characters. */
    static Set<String> pseudonyms(Path warehouseRoot) {
        Set<String> ids = personIds(warehouseRoot);
        ids.removeIf(id -> !id.matches("[0-9a-f]{32}"));
        return ids;
    }
}
