package no.retthylle.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.retthylle.ingest.stage.DropException;
import no.retthylle.ingest.stage.IngestOptions;
import no.retthylle.warehouse.Manifest;
import no.retthylle.warehouse.Rejects;
import org.apache.spark.sql.Row;

/**
 * The settings of an ingest.
 *
 * @param options how phase 1 reads the drop (encoding override, pseudonymisation key)
 * @param maxRejectRate the share of rows, over all files, that may be rejected before the
 *     whole ingest stops (records spec default 0.01); the ingest stops when rejected ÷ read
 *     is strictly greater
 */
public record IngestSettings(IngestOptions options, double maxRejectRate) {

    public static final double DEFAULT_MAX_REJECT_RATE = 0.01;

    public IngestSettings {
        if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
            throw new IllegalArgumentException("--max-reject-rate must be between 0 and 1, got " + maxRejectRate);
        }
    }

    /**
     * The settings that shape a snapshot's content, as {@code key=value} lines for its id.
     * The key itself never appears: only an HMAC of a fixed text under it, so that two keys
     * give two snapshots.
     */
    List<String> identityLines() {
        List<String> lines = new ArrayList<>();
        lines.add("max_reject_rate=" + maxRejectRate);
        lines.add("encoding=" + options.encoding().map(Object::toString).orElse("detect"));
        lines.add("pseudonymise=" + options.pseudonymiseKey().map(path -> keyFingerprint(readKey(path))).orElse("no"));
        return lines;
    }

    /** Stops the ingest (or fails the validation) when too many rows were rejected. */
    public void enforceRejectRate(Manifest manifest, List<Row> firstRejects) throws DropException {
        long read = manifest.rowsRead();
        long rejected = manifest.rowsRejected();
        if (read == 0 || (double) rejected / read <= maxRejectRate) {
            return;
        }
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
                "ingest stopped: %d of %d rows (%.2f %%) were rejected, more than --max-reject-rate %s allows;"
                        + " nothing was written. First rejects:", rejected, read, 100.0 * rejected / read,
                maxRejectRate));
        for (Row reject : firstRejects) {
            message.append(System.lineSeparator()).append("  ").append(describe(reject));
        }
        throw new DropException(message.toString());
    }

    /** One reject as a line for a person: {@code FILE line L, column C: REASON (value V)}. */
    public static String describe(Row reject) {
        return String.format(Locale.ROOT, "%s line %s, column %s: %s (value '%s')",
                reject.getAs(Rejects.FILE), reject.getAs(Rejects.LINE), reject.getAs(Rejects.COLUMN),
                reject.getAs(Rejects.REASON), reject.getAs(Rejects.VALUE) == null ? "" : reject.getAs(Rejects.VALUE));
    }

    private static byte[] readKey(java.nio.file.Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String keyFingerprint(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal("retthylle snapshot id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM has no HmacSHA256", e);
        }
    }
}
