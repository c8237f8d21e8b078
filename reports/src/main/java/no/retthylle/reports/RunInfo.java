package no.retthylle.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The pipeline's run.json: which snapshot the metric tables come from, as of when, made by
 * which software version. Other fields are ignored.
 */
public record RunInfo(String snapshotId, LocalDate asOf, String softwareVersion) {

    static final String SNAPSHOT_ID = "snapshot_id";
    static final String AS_OF = "as_of";
    static final String SOFTWARE_VERSION = "software_version";

    /** Parses run.json; a missing field or a date not in yyyy-MM-dd is an {@link IOException}. */
    public static RunInfo parse(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isObject()) {
            throw new IOException("run.json is not a JSON object");
        }
        try {
            return new RunInfo(field(root, SNAPSHOT_ID), LocalDate.parse(field(root, AS_OF)),
                    field(root, SOFTWARE_VERSION));
        } catch (DateTimeParseException e) {
            throw new IOException("run.json: as_of is not a yyyy-MM-dd date", e);
        }
    }

    private static String field(JsonNode root, String name) throws IOException {
        JsonNode node = root.get(name);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new IOException("run.json: missing or empty \"" + name + "\"");
        }
        return node.asText();
    }
}
