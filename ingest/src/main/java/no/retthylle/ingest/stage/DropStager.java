package no.retthylle.ingest.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.retthylle.files.AtomicDirectory;
import no.retthylle.ingest.guard.Pseudonymiser;
import no.retthylle.ingest.read.RowSource;
import no.retthylle.ingest.read.SourceFormatException;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;

/**
 * Phase 1 of ingest: reads {@code drop.properties} and the six record files of a drop,
 * validates them row by row and writes the staging CSVs (format on {@link StagingCsv}).
 *
 * <p>Two passes. The first reads every file's header and every cell through the identifier
 * guard, so a drop holding a direct identifier, a broken header or malformed CSV stops
 * before anything is written. The second validates and writes. {@code stagingDir} is
 * replaced as a whole ({@link AtomicDirectory}): after a {@link DropException} it is as it
 * was. Row-level problems are not exceptions: they become lines of {@code rejects.csv}.
 */
public final class DropStager {

    private final IngestOptions options;

    public DropStager(IngestOptions options) {
        this.options = options;
    }

    /**
     * Reads drop.properties and all six record files of the drop, validates row by row,
     * writes one staging CSV per record type plus a rejects CSV into stagingDir.
     *
     * @throws DropException when the ingest must stop; {@code stagingDir} is then unchanged
     */
    public StagedDrop stage(Path drop, Path stagingDir) throws DropException {
        Optional<Pseudonymiser> pseudonymiser = pseudonymiser();
        try (DropFolder folder = DropFolder.open(drop, options.encoding(), RecordTypes.ALL)) {
            DropProperties properties = folder.properties();
            List<String> warnings = new ArrayList<>();
            Map<RecordType, HeaderPlan> plans = scan(folder, pseudonymiser.isPresent(), warnings);
            StagingPass pass = new StagingPass(folder, plans, properties.extractDate(), pseudonymiser, warnings);
            List<StagedFile> files = new ArrayList<>();
            AtomicDirectory.replace(stagingDir, dir -> files.addAll(pass.write(dir, stagingDir)));
            return new StagedDrop(properties.extractDate(), properties.source(), files,
                    stagingDir.resolve(StagingCsv.REJECTS_FILE), warnings);
        } catch (DropException e) {
            throw e;
        } catch (Exception e) {
            throw new DropException("could not stage " + drop + " into " + stagingDir + ": " + e.getMessage(), e);
        }
    }

    /** Pass 1: headers and the identifier guard over every file. */
    private static Map<RecordType, HeaderPlan> scan(DropFolder folder, boolean pseudonymising, List<String> warnings)
            throws DropException, IOException {
        Map<RecordType, HeaderPlan> plans = new LinkedHashMap<>();
        for (RecordType type : RecordTypes.ALL) {
            String file = folder.label(type);
            try (RowSource rows = folder.rows(type)) {
                HeaderPlan plan = HeaderPlan.of(file, type, rows.header(), pseudonymising);
                warnings.addAll(plan.warnings());
                long pseudonymised = IdentifierScan.scan(file, rows, plan, pseudonymising);
                if (pseudonymised > 0) {
                    warnings.add(file + ": " + Participants.PERSON_ID + ": " + pseudonymised
                            + " national identity numbers replaced by pseudonyms");
                }
                plans.put(type, plan);
            } catch (SourceFormatException e) {
                throw DropException.at(file, e.line(), null, e.getMessage());
            }
        }
        return plans;
    }

    /** The pseudonymiser of the key file, if one was given; the key is never shown. */
    private Optional<Pseudonymiser> pseudonymiser() throws DropException {
        if (options.pseudonymiseKey().isEmpty()) {
            return Optional.empty();
        }
        Path keyFile = options.pseudonymiseKey().get();
        try {
            return Optional.of(new Pseudonymiser(Files.readAllBytes(keyFile)));
        } catch (IOException e) {
            throw new DropException("could not read the pseudonymisation key file " + keyFile, e);
        } catch (IllegalArgumentException e) {
            throw new DropException(keyFile + ": " + e.getMessage(), e);
        }
    }
}
