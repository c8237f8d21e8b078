package no.retthylle.ingest.stage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import no.retthylle.ingest.guard.Pseudonymiser;
import no.retthylle.ingest.read.RowSource;
import no.retthylle.ingest.read.SourceFormatException;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;

/**
 * The second pass of {@link DropStager}: every record type, in {@link RecordTypes#ALL}
 * order, validated and written to its staging CSV, with all rejects in one rejects CSV.
 * Cleared cells are summed per file and note into one warning each.
 */
final class StagingPass {

    private final DropFolder folder;
    private final Map<RecordType, HeaderPlan> plans;
    private final LocalDate extractDate;
    private final Optional<Pseudonymiser> pseudonymiser;
    private final List<String> warnings;

    StagingPass(DropFolder folder, Map<RecordType, HeaderPlan> plans, LocalDate extractDate,
            Optional<Pseudonymiser> pseudonymiser, List<String> warnings) {
        this.folder = folder;
        this.plans = plans;
        this.extractDate = extractDate;
        this.pseudonymiser = pseudonymiser;
        this.warnings = warnings;
    }

    /**
     * Writes the staging files into {@code dir}; the returned paths point into
     * {@code stagingDir}, where {@code dir} will be moved.
     */
    List<StagedFile> write(Path dir, Path stagingDir) throws DropException, IOException {
        List<StagedFile> files = new ArrayList<>();
        try (CSVPrinter rejects = StagingCsv.rejects(dir.resolve(StagingCsv.REJECTS_FILE))) {
            for (RecordType type : RecordTypes.ALL) {
                RecordStager.Result result = stageOne(type, dir.resolve(StagingCsv.fileName(type)), rejects);
                files.add(new StagedFile(type, folder.input(type), folder.sha256(type), result.rowsRead(),
                        result.rowsRejected(), stagingDir.resolve(StagingCsv.fileName(type))));
            }
        }
        return files;
    }

    private RecordStager.Result stageOne(RecordType type, Path stagingCsv, CSVPrinter rejects)
            throws DropException, IOException {
        String file = folder.label(type);
        RecordStager stager = new RecordStager(type, extractDate, pseudonymiser);
        RecordStager.Result result;
        try (RowSource rows = folder.rows(type); CSVPrinter staging = StagingCsv.records(stagingCsv, type)) {
            result = stager.stage(file, rows, plans.get(type), staging, rejects);
        } catch (SourceFormatException e) {
            throw DropException.at(file, e.line(), null, e.getMessage());
        }
        result.cleared().forEach((note, cells) -> warnings.add(file + ": " + note + "; " + cells
                + (cells == 1 ? " cell" : " cells") + " staged empty"));
        return result;
    }
}
