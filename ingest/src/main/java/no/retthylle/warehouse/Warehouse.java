package no.retthylle.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The on-disk layout of a warehouse:
 * <pre>
 * WH/CURRENT                       the id of the current snapshot (replaced atomically)
 * WH/snapshots/ID/manifest.json    inputs, row counts, extract_date, software version
 * WH/snapshots/ID/TYPE/            one Parquet dataset per record type, and rejects/
 * </pre>
 * A snapshot folder is complete once it exists under its id: it is written under a
 * temporary name beside it and renamed in one step.
 */
public record Warehouse(Path root) {

    public static final String CURRENT = "CURRENT";
    public static final String MANIFEST = "manifest.json";

    public Path snapshots() {
        return root.resolve("snapshots");
    }

    public Path snapshot(String id) {
        return snapshots().resolve(id);
    }

    public Path dataset(String snapshotId, RecordType type) {
        return snapshot(snapshotId).resolve(type.name());
    }

    public Path manifest(String snapshotId) {
        return snapshot(snapshotId).resolve(MANIFEST);
    }

    public Path currentPointer() {
        return root.resolve(CURRENT);
    }

    /** The id the CURRENT pointer names, if there is one. */
    public Optional<String> currentId() {
        Path pointer = currentPointer();
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String id = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return id.isEmpty() ? Optional.empty() : Optional.of(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
