package no.retthylle.ingest.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of validating one row.
 *
 * @param values canonical text per contract column, in contract order; empty = missing
 * @param rejects every broken rule; the row is staged only when there are none
 * @param cleared one note per cell emptied because it has no meaning in this row, of the
 *     form {@code "fte_pct applies only to internship spells"}
 */
public record ValidatedRow(Map<String, String> values, List<Reject> rejects, List<String> cleared) {

    public ValidatedRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        rejects = List.copyOf(rejects);
        cleared = List.copyOf(cleared);
    }

    /** Whether the row broke no rule. */
    public boolean isValid() {
        return rejects.isEmpty();
    }
}
