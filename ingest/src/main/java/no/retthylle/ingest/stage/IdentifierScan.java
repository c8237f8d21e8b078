package no.retthylle.ingest.stage;

import java.util.Optional;
import no.retthylle.ingest.guard.IdentifierDetector;
import no.retthylle.ingest.guard.IdentifierKind;
import no.retthylle.ingest.guard.Masking;
import no.retthylle.ingest.read.RowSource;
import no.retthylle.ingest.read.SourceFormatException;
import no.retthylle.ingest.read.SourceRow;

/**
 * The first pass over a file: every cell of every column (contract, ignored, free text and
 * cells beyond the header) goes through the {@link IdentifierDetector} before anything of
 * the drop is written. The first identifier found stops the ingest with its file, line and
 * column and the value masked. Two exceptions, only with pseudonymisation: cells of
 * dropped identifier columns are not inspected, and a {@code person_id} that is wholly a
 * national ID is counted (it will be replaced by its pseudonym) instead of stopping.
 */
final class IdentifierScan {

    private IdentifierScan() {
    }

    /** Scans every row; returns how many {@code person_id} cells will be pseudonymised. */
    static long scan(String file, RowSource rows, HeaderPlan plan, boolean pseudonymising)
            throws DropException, SourceFormatException {
        long pseudonymised = 0;
        for (Optional<SourceRow> next = rows.next(); next.isPresent(); next = rows.next()) {
            SourceRow row = next.get();
            for (int i = 0; i < row.cells().size(); i++) {
                String cell = row.cell(i);
                if (cell.isEmpty() || !plan.isInspected(i)) {
                    continue;
                }
                Optional<IdentifierKind> kind = IdentifierDetector.find(cell);
                if (kind.isEmpty()) {
                    continue;
                }
                boolean personId = plan.isPersonId(i) && IdentifierDetector.nationalId(cell).isPresent();
                if (personId && pseudonymising) {
                    pseudonymised++;
                } else {
                    throw DropException.at(file, row.line(), plan.columnName(i), "the cell holds what looks like "
                            + kind.get().description() + " (" + Masking.mask(cell) + "). Direct identifiers must"
                            + " not be in the drop: remove them from the export"
                            + (personId ? ", or run with --pseudonymise KEYFILE to replace them by pseudonyms" : ""));
                }
            }
        }
        return pseudonymised;
    }
}
