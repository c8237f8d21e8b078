package no.retthylle.ingest.stage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.retthylle.ingest.read.CharsetDetection;
import no.retthylle.ingest.read.CsvRowSource;
import no.retthylle.ingest.read.RowSource;
import no.retthylle.ingest.read.SheetRowSource;
import no.retthylle.ingest.read.SourceFormatException;
import no.retthylle.warehouse.RecordType;

/**
 * The drop folder on disk, and the only place the drop's files are opened.
 *
 * <p>Each record type is read from {@code <name>.csv} or from a sheet {@code <name>} of an
 * {@code .xlsx} workbook in the folder (names compared ignoring case; subfolders and other
 * files are ignored). Workbooks are opened only for record types with no CSV; a record type
 * found twice, or not at all, stops the ingest. A record file (or {@code drop.properties})
 * that is a symbolic link to something outside the folder stops the ingest.
 */
final class DropFolder implements Closeable {

    private final Path root;
    private final Optional<Charset> encoding;
    private final Map<RecordType, DropInput> inputs;
    private final Map<Path, String> digests = new HashMap<>();

    private DropFolder(Path root, Optional<Charset> encoding, Map<RecordType, DropInput> inputs) {
        this.root = root;
        this.encoding = encoding;
        this.inputs = inputs;
    }

    /** Finds every record type's input in {@code drop}. */
    static DropFolder open(Path drop, Optional<Charset> encoding, List<RecordType> types) throws DropException {
        if (!Files.isDirectory(drop)) {
            throw new DropException("the drop folder " + drop + " does not exist or is not a folder");
        }
        try {
            Path root = drop.toRealPath();
            return new DropFolder(root, encoding, new DropInputs(root).locate(types));
        } catch (IOException e) {
            throw new DropException("could not read the drop folder " + drop + ": " + e.getMessage(), e);
        }
    }

    /** {@code drop.properties}, decoded like a CSV file. */
    DropProperties properties() throws DropException {
        Path file = root.resolve(DropProperties.FILE);
        if (!Files.isRegularFile(file)) {
            throw new DropException("the drop has no " + DropProperties.FILE + " (it must hold extract_date)");
        }
        DropInputs.requireInside(root, file, DropProperties.FILE);
        try (Reader text = reader(file)) {
            return DropProperties.read(text);
        } catch (SourceFormatException e) {
            throw DropException.at(DropProperties.FILE, e.line(), null, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new DropException(DropProperties.FILE + ": a backslash starts an escape such as \\u0041 in a"
                    + " properties file; write a backslash as two (C:\\\\export) or use /", e);
        } catch (IOException e) {
            throw new DropException("could not read " + DropProperties.FILE + ": " + e.getMessage(), e);
        }
    }

    /** The file a record type is read from (for a sheet: its workbook). */
    Path input(RecordType type) {
        return inputs.get(type).file();
    }

    /** The name used in messages and rejects: {@code participants.csv} or {@code drop.xlsx!participants}. */
    String label(RecordType type) {
        return inputs.get(type).label();
    }

    /** The rows of a record type; the caller closes them. */
    RowSource rows(RecordType type) throws DropException {
        DropInput input = inputs.get(type);
        try {
            if (input.sheet() != null) {
                return new SheetRowSource(input.sheet());
            }
            Reader text = reader(input.file());
            try {
                return CsvRowSource.open(text);
            } catch (IOException | SourceFormatException | RuntimeException e) {
                text.close();
                throw e;
            }
        } catch (SourceFormatException e) {
            throw DropException.at(input.label(), e.line(), null, e.getMessage());
        } catch (IOException e) {
            throw new DropException("could not read " + input.label() + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of a record type's input file, lower-case hex. */
    String sha256(RecordType type) throws DropException {
        Path file = input(type);
        String known = digests.get(file);
        if (known != null) {
            return known;
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            String hex = HexFormat.of().formatHex(in.getMessageDigest().digest());
            digests.put(file, hex);
            return hex;
        } catch (IOException e) {
            throw new DropException("could not read " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A strict decoder in the forced encoding, or in the detected one. */
    private Reader reader(Path file) throws IOException, SourceFormatException {
        Charset charset = encoding.isPresent() ? encoding.get() : detect(file);
        return new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static Charset detect(Path file) throws IOException, SourceFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return CharsetDetection.detect(in);
        }
    }

    @Override
    public void close() {
        DropInputs.closeAll(inputs.values());
    }
}
