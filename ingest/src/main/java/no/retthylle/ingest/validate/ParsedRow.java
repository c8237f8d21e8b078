package no.retthylle.ingest.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.ingest.guard.Masking;

/**
 * One row while it is being validated: the raw cells, the typed value of every cell that
 * parsed, the canonical text to stage, and the rejects and cleared cells so far. The
 * checks here skip cells that are empty or did not parse: those already have their
 * reject (or are allowed to be empty), and one problem is reported once.
 */
public final class ParsedRow {

    private final Map<String, String> raw;
    private final Map<String, Object> typed = new HashMap<>();
    private final Map<String, String> canonical = new LinkedHashMap<>();
    private final List<Reject> rejects = new ArrayList<>();
    private final List<String> cleared = new ArrayList<>();

    ParsedRow(Map<String, String> raw) {
        this.raw = raw;
    }

    void accept(String column, Object value, String text) {
        typed.put(column, value);
        canonical.put(column, text);
    }

    /** Whether the cell was given (non-empty), valid or not. */
    public boolean isGiven(String column) {
        return !raw.getOrDefault(column, "").isEmpty();
    }

    /** The parsed value, or {@code null} if the cell is empty or invalid. */
    public LocalDate date(String column) {
        return (LocalDate) typed.get(column);
    }

    /** The parsed value, or {@code null} if the cell is empty or invalid. */
    public Integer integer(String column) {
        return (Integer) typed.get(column);
    }

    /** The canonical text, or {@code null} if the cell is empty or invalid. */
    public String text(String column) {
        Object value = typed.get(column);
        return value == null ? null : canonical.get(column);
    }

    /** Records a broken rule about {@code column}, quoting its raw cell. */
    public void reject(String column, String reason) {
        rejects.add(new Reject(column, raw.getOrDefault(column, ""), reason));
    }

    /** Rejects an integer outside {@code min … max}. */
    public void requireRange(String column, int min, int max) {
        Integer value = integer(column);
        if (value != null && (value < min || value > max)) {
            reject(column, "out of range: must be between " + min + " and " + max);
        }
    }

    /** Rejects a date after {@code limit}. */
    public void requireNotAfter(String column, LocalDate limit, String limitName) {
        LocalDate value = date(column);
        if (value != null && value.isAfter(limit)) {
            reject(column, column + " is after the " + limitName + " (" + limit + ")");
        }
    }

    /** Rejects an empty cell. */
    public void requireGiven(String column, String when) {
        if (!isGiven(column)) {
            reject(column, column + " is required " + when);
        }
    }

    /**
     * Empties a given cell that has no meaning in this row (e.g. {@code fte_pct} on an intro
     * spell): the row is kept, the cell is staged empty and the caller is told.
     */
    public void clear(String column, String rule) {
        if (isGiven(column)) {
            typed.remove(column);
            canonical.put(column, "");
            cleared.add(column + " " + rule);
        }
    }

    ValidatedRow result() {
        return new ValidatedRow(canonical, rejects, cleared);
    }

    /** The cell as it may be quoted inside a reason. */
    static String quoted(String text) {
        return "'" + Masking.shown(text) + "'";
    }
}
