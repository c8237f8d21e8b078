package no.retthylle.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import no.retthylle.ingest.IngestSettings;
import no.retthylle.ingest.stage.IngestOptions;
import picocli.CommandLine.Option;

/** Options of reading a drop. */
final class IngestOptionsMixin {

    @Option(names = "--max-reject-rate", defaultValue = "0.01", paramLabel = "RATE",
            description = "Stop the ingest when more than this share of rows is rejected (default: ${DEFAULT-VALUE}).")
    double maxRejectRate;

    @Option(names = "--pseudonymise", paramLabel = "KEYFILE",
            description = "Replace national-ID person_ids by HMAC-SHA256 pseudonyms under this key (at least 32 bytes)"
                    + " and drop identifier columns, instead of stopping.")
    Path pseudonymiseKey;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the CSV files (default: detect UTF-8 with or without BOM, else Windows-1252).")
    Charset encoding;

    IngestSettings settings() {
        if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
            throw new UsageException("--max-reject-rate must be between 0 and 1, got " + maxRejectRate);
        }
        return new IngestSettings(new IngestOptions(Optional.ofNullable(encoding), Optional.ofNullable(pseudonymiseKey)),
                maxRejectRate);
    }
}
