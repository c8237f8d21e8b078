package no.retthylle.ingest.stage;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import no.retthylle.ingest.guard.IdentifierDetector;
import no.retthylle.ingest.guard.Masking;
import no.retthylle.ingest.guard.Pseudonymiser;
import no.retthylle.ingest.read.RowSource;
import no.retthylle.ingest.read.SourceFormatException;
import no.retthylle.ingest.read.SourceRow;
import no.retthylle.ingest.validate.Reject;
import no.retthylle.ingest.validate.RowValidator;
import no.retthylle.ingest.validate.ValidatedRow;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordType;

/**
 * The second pass over a file, after {@link IdentifierScan} found it clean: pseudonymises a
 * national-ID {@code person_id} (the 11-digit form, so a number that lost its leading zero
 * in a spreadsheet gets the same pseudonym), validates each row and writes it either to
 * the staging CSV or, one line per broken rule, to the rejects CSV.
 *
 * <p>A row with non-empty cells beyond the header cannot be read safely (its cells may
 * have shifted) and is rejected with an empty column name.
 */
final class RecordStager {

    /** Rows read and rejected, and the cleared-cell notes with how often each occurred. */
    record Result(long rowsRead, long rowsRejected, Map<String, Long> cleared) {
    }

    private final RecordType type;
    private final RowValidator validator;
    private final Optional<Pseudonymiser> pseudonymiser;

    RecordStager(RecordType type, LocalDate extractDate, Optional<Pseudonymiser> pseudonymiser) {
        this.type = type;
        this.validator = new RowValidator(type, extractDate);
        this.pseudonymiser = pseudonymiser;
    }

    Result stage(String file, RowSource rows, HeaderPlan plan, CSVPrinter staging, CSVPrinter rejects)
            throws SourceFormatException, IOException {
        long read = 0;
        long rejected = 0;
        Map<String, Long> cleared = new LinkedHashMap<>();
        for (Optional<SourceRow> next = rows.next(); next.isPresent(); next = rows.next()) {
            SourceRow row = next.get();
            read++;
            ValidatedRow result = validator.validate(pseudonymised(plan.contractCells(type, row)));
            List<Reject> problems = new ArrayList<>(result.rejects());
            if (hasCellsBeyondHeader(row, plan)) {
                problems.add(new Reject("", "", "the row has more cells than the header ("
                        + row.cells().size() + " > " + plan.width() + ")"));
            }
            if (problems.isEmpty()) {
                writeRow(staging, row.line(), result);
                result.cleared().forEach(note -> cleared.merge(note, 1L, Long::sum));
            } else {
                rejected++;
                for (Reject problem : problems) {
                    rejects.printRecord(file, row.line(), problem.column(), Masking.shown(problem.value()),
                            problem.reason());
                }
            }
        }
        return new Result(read, rejected, cleared);
    }

    private Map<String, String> pseudonymised(Map<String, String> cells) {
        if (pseudonymiser.isPresent()) {
            IdentifierDetector.nationalId(cells.get(Participants.PERSON_ID))
                    .ifPresent(id -> cells.put(Participants.PERSON_ID, pseudonymiser.get().pseudonym(id)));
        }
        return cells;
    }

    private static boolean hasCellsBeyondHeader(SourceRow row, HeaderPlan plan) {
        return row.cells().stream().skip(plan.width()).anyMatch(cell -> !cell.isEmpty());
    }

    private void writeRow(CSVPrinter staging, long line, ValidatedRow row) throws IOException {
        List<String> record = new ArrayList<>();
        record.add(Long.toString(line));
        for (String column : type.columnNames()) {
            record.add(row.values().getOrDefault(column, ""));
        }
        staging.printRecord(record);
    }
}
