package no.retthylle.ingest.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The id of a snapshot: the first 20 hex digits of the SHA-256 of its inputs and settings,
 * one {@code key=value} line each, in a fixed order. Equal inputs and settings give the
 * same id; any change to a file's bytes, the software version or a setting gives another.
 */
public final class SnapshotId {

    private SnapshotId() {
    }

    /** The id of the given lines (each already in {@code key=value} form). */
    public static String of(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
