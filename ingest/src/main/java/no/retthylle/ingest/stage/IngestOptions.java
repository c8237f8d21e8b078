package no.retthylle.ingest.stage;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a drop is read.
 *
 * @param encoding the character encoding of every CSV file ({@code --encoding}); empty means
 *     detect per file (UTF-8 if the bytes are valid UTF-8, else Windows-1252)
 * @param pseudonymiseKey a key file ({@code --pseudonymise}) of at least 32 bytes; with it a
 *     national-ID {@code person_id} is replaced by a keyed pseudonym and identifier-named
 *     columns are dropped instead of stopping the ingest
 */
public record IngestOptions(Optional<Charset> encoding, Optional<Path> pseudonymiseKey) {

    /** Detect encodings, no pseudonymisation. */
    public static IngestOptions defaults() {
        return new IngestOptions(Optional.empty(), Optional.empty());
    }
}
