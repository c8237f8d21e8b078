package no.retthylle.reports.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the disclosure rules of metrics.md "Disclosure control" with threshold k.
 *
 * <ol>
 *   <li>Primary: a count c with 0 &lt; c &lt; k is suppressed (a zero is shown).</li>
 *   <li>Complement: a rate x ÷ n is suppressed when n &lt; k, x ∈ 1…k−1 or n − x ∈ 1…k−1;
 *       it is also suppressed when its numerator or denominator cell is, and a suppressed rate
 *       takes its numerator column with it.</li>
 *   <li>Derived: a derived value is suppressed with any of its sources, and when its persons
 *       count is below k.</li>
 *   <li>Secondary: within a row's parts of a total, and within a count column's groups of one
 *       group type that adds up to {@code all} (and one stratum), while exactly one part is
 *       suppressed, the smallest non-zero unsuppressed part (the first of equals) is suppressed.</li>
 * </ol>
 * Rules 2–4 repeat until nothing changes. A value that is not defined (NaN) stays missing: there
 * is no number to hide. In {@link Disclosure#INTERNAL} mode nothing is suppressed.
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    /** The table as it may be published in {@code mode} with threshold {@code minCell}. */
    public static ProtectedTable protect(MetricTable table, TableLayout layout, Disclosure mode, int minCell) {
        if (minCell < 1) {
            throw new IllegalArgumentException("min cell must be at least 1, got " + minCell);
        }
        Suppressions s = new Suppressions(table, minCell);
        if (mode == Disclosure.PUBLIC) {
            s.primary(layout.counts());
            boolean changed = true;
            while (changed) {
                changed = s.rates(layout.rates());
                changed |= s.derived(layout.derived());
                changed |= s.rowSums(layout.rowSums());
                changed |= s.columnSums(layout.counts(), layout.groupTypesSummingToAll());
            }
        }
        return publish(table, s, mode, minCell);
    }

    private static ProtectedTable publish(MetricTable table, Suppressions s, Disclosure mode, int minCell) {
        List<ProtectedTable.RowKey> keys = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            MetricRow row = table.rows().get(r);
            keys.add(new ProtectedTable.RowKey(row.groupType(), row.group(), row.stratum()));
            List<Cell> rowCells = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                double v = row.value(c);
                rowCells.add(Double.isNaN(v) ? Cell.missing() : s.isSuppressed(r, c) ? Cell.suppressed() : Cell.of(v));
            }
            cells.add(rowCells);
        }
        return new ProtectedTable(table.columns(), keys, cells, minCell, mode);
    }
}
