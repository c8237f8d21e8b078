package no.retthylle.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What a snapshot was made from: the SHA-256 of every input file, rows read, written and
 * rejected per record type, the extract date and the software version. It holds no
 * timestamp, so the same input gives the same manifest. Stored as {@code manifest.json}
 * with snake_case keys.
 *
 * @param extractDate {@code extract_date} of drop.properties, {@code yyyy-MM-dd}
 * @param pseudonymised whether {@code --pseudonymise} was given
 */
public record Manifest(String snapshotId, String softwareVersion, String extractDate, String source,
        boolean pseudonymised, double maxRejectRate, List<FileEntry> files, List<String> warnings) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /**
     * One record type's input.
     *
     * @param input the file read: {@code TYPE.csv}, or {@code WORKBOOK.xlsx!TYPE}
     */
    public record FileEntry(String recordType, String input, String sha256, long rowsRead, long rowsWritten,
            long rowsRejected) {
    }

    /** Rows read over all files. */
    public long rowsRead() {
        return files.stream().mapToLong(FileEntry::rowsRead).sum();
    }

    /** Rows rejected over all files. */
    public long rowsRejected() {
        return files.stream().mapToLong(FileEntry::rowsRejected).sum();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Manifest fromJson(String json) {
        try {
            return JSON.readValue(json, Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
