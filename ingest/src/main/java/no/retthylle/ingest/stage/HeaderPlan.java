package no.retthylle.ingest.stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.retthylle.ingest.guard.IdentifierColumns;
import no.retthylle.ingest.guard.IdentifierDetector;
import no.retthylle.ingest.guard.IdentifierKind;
import no.retthylle.ingest.guard.Masking;
import no.retthylle.ingest.read.SourceRow;
import no.retthylle.warehouse.Column;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordType;

/**
 * What each column of a file's header is, and the whole-header rules.
 *
 * <p>Names are compared ignoring case and surrounding spaces. The ingest stops when a header
 * cell holds an identifier value, when a name appears twice, when a required contract
 * column is missing, and, without pseudonymisation, when a column is named like a direct
 * identifier ({@link IdentifierColumns}). With pseudonymisation such a column is dropped
 * with a warning and its cells are not inspected. Free-text columns ({@code notes},
 * {@code comment}, {@code minutes}, {@code referat}, …) are dropped with a warning; other
 * unknown columns are ignored with a warning; header cells left empty are ignored silently.
 * Only contract columns are ever staged.
 */
final class HeaderPlan {

    private static final Set<String> FREE_TEXT = Set.of("notes", "note", "comment", "comments", "minutes",
            "referat", "kommentar", "merknad", "beskrivelse", "description", "fritekst");

    private final List<String> names;
    private final Set<Integer> unchecked;
    private final Map<String, Integer> contract;
    private final List<String> warnings;

    private HeaderPlan(List<String> names, Set<Integer> unchecked, Map<String, Integer> contract,
            List<String> warnings) {
        this.names = names;
        this.unchecked = unchecked;
        this.contract = contract;
        this.warnings = warnings;
    }

    /** Classifies {@code header}, or stops by the rules in the class comment. */
    static HeaderPlan of(String file, RecordType type, List<String> header, boolean pseudonymising)
            throws DropException {
        Set<Integer> unchecked = new HashSet<>();
        Map<String, Integer> contract = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String key = name.toLowerCase(Locale.ROOT);
            requireNoIdentifierValue(file, i, name);
            if (name.isEmpty()) {
                continue;
            }
            if (!seen.add(key)) {
                throw DropException.at(file, 1, name, "the column appears more than once in the header");
            }
            Column column = type.column(key);
            if (column != null) {
                contract.put(column.name(), i);
            } else {
                warnings.add(leftOut(file, type, name, pseudonymising));
                if (IdentifierColumns.isIdentifier(name)) {
                    unchecked.add(i);
                }
            }
        }
        requireContractColumns(file, type, contract);
        return new HeaderPlan(List.copyOf(header), unchecked, contract, warnings);
    }

    /** The warning for a column that is not staged, or a stop for an identifier column without a key. */
    private static String leftOut(String file, RecordType type, String name, boolean pseudonymising)
            throws DropException {
        if (IdentifierColumns.isIdentifier(name)) {
            if (!pseudonymising) {
                throw DropException.at(file, 1, name, "the column is named like a direct identifier (names,"
                        + " national IDs, e-mail, phone and addresses must not be in the drop); remove it"
                        + " from the export, or run with --pseudonymise KEYFILE to drop it");
            }
            return file + ": column '" + name + "' looks like a direct identifier; dropped";
        }
        if (FREE_TEXT.contains(name.toLowerCase(Locale.ROOT))) {
            return file + ": free-text column '" + name + "' dropped; free text is never stored";
        }
        return file + ": column '" + name + "' is not part of " + type.name() + "; ignored";
    }

    private static void requireNoIdentifierValue(String file, int index, String name) throws DropException {
        Optional<IdentifierKind> kind = IdentifierDetector.find(name);
        if (kind.isPresent()) {
            throw DropException.at(file, 1, "number " + (index + 1), "the header holds what looks like "
                    + kind.get().description() + " (" + Masking.mask(name) + "); remove it from the export");
        }
    }

    private static void requireContractColumns(String file, RecordType type, Map<String, Integer> contract)
            throws DropException {
        for (Column column : type.columns()) {
            if (column.required() && !contract.containsKey(column.name())) {
                throw new DropException(file + ": the header has no column '" + column.name()
                        + "', which is required");
            }
        }
    }

    /** Warnings about ignored and dropped columns, each naming the file. */
    List<String> warnings() {
        return warnings;
    }

    /** Whether the identifier guard inspects cells of this column (all but dropped identifier columns). */
    boolean isInspected(int index) {
        return !unchecked.contains(index);
    }

    /** Whether this column is the contract's {@code person_id}. */
    boolean isPersonId(int index) {
        Integer personId = contract.get(Participants.PERSON_ID);
        return personId != null && personId == index;
    }

    /** The column's name for messages; a cell beyond the header or under an empty name is named by number. */
    String columnName(int index) {
        return index < names.size() && !names.get(index).isEmpty() ? names.get(index) : "number " + (index + 1);
    }

    /** Number of header cells. */
    int width() {
        return names.size();
    }

    /** The row's cells by contract column name; a column absent from the header is empty. */
    Map<String, String> contractCells(RecordType type, SourceRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Column column : type.columns()) {
            Integer index = contract.get(column.name());
            cells.put(column.name(), index == null ? "" : row.cell(index));
        }
        return cells;
    }
}
