package no.retthylle.reports.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The suppression mask of one table while the rules run; each rule says whether it changed it. */
final class Suppressions {

    private final MetricTable table;
    private final int k;
    private final boolean[][] mask;

    Suppressions(MetricTable table, int k) {
        this.table = table;
        this.k = k;
        this.mask = new boolean[table.rows().size()][table.columns().size()];
    }

    boolean isSuppressed(int row, int column) {
        return mask[row][column];
    }

    /** Rule 1: counts in 1 … k−1. */
    void primary(Set<String> counts) {
        for (String name : counts) {
            int c = table.column(name);
            for (int r = 0; r < mask.length; r++) {
                double v = value(r, c);
                if (v > 0 && v < k) {
                    mask[r][c] = true;
                }
            }
        }
    }

    /** Rule 2, and rule 3 for a rate's own numerator and denominator. */
    boolean rates(List<TableLayout.Rate> rates) {
        boolean changed = false;
        for (TableLayout.Rate rate : rates) {
            int rc = table.column(rate.column());
            int dc = table.column(rate.denominator());
            int nc = rate.numerator().map(table::column).orElse(-1);
            for (int r = 0; r < mask.length; r++) {
                if (Double.isNaN(value(r, rc))) {
                    continue; // a rate that is not defined (n = 0) has nothing to hide
                }
                double n = value(r, dc);
                double x = nc >= 0 ? value(r, nc) : Math.round(value(r, rc) * n);
                boolean hide = n < k || isSmall(x) || isSmall(n - x) || mask[r][dc] || (nc >= 0 && mask[r][nc]);
                if (hide) {
                    changed |= suppress(r, rc);
                    changed |= nc >= 0 && suppress(r, nc);
                }
            }
        }
        return changed;
    }

    /** Rule 3 for other derived values. */
    boolean derived(List<TableLayout.Derived> derived) {
        boolean changed = false;
        for (TableLayout.Derived d : derived) {
            int dc = table.column(d.column());
            int pc = table.column(d.persons());
            List<Integer> sources = d.sources().stream().map(table::column).toList();
            for (int r = 0; r < mask.length; r++) {
                final int row = r;
                if (value(r, pc) < k || sources.stream().anyMatch(c -> mask[row][c])) {
                    changed |= suppress(r, dc);
                }
            }
        }
        return changed;
    }

    /** Rule 4 within rows: the parts of each row total. */
    boolean rowSums(List<TableLayout.RowSum> sums) {
        boolean changed = false;
        for (TableLayout.RowSum sum : sums) {
            List<Integer> parts = sum.parts().stream().map(table::column).toList();
            for (int r = 0; r < mask.length; r++) {
                List<int[]> cells = new ArrayList<>();
                for (int c : parts) {
                    cells.add(new int[] {r, c});
                }
                changed |= protectSum(cells);
            }
        }
        return changed;
    }

    /** Rule 4 within columns: the groups of each group type that adds up to {@code all}, per stratum. */
    boolean columnSums(Set<String> counts, Set<String> groupTypes) {
        boolean changed = false;
        Set<String> strata = new LinkedHashSet<>();
        table.rows().forEach(row -> strata.add(row.stratum()));
        for (String name : table.columns()) {
            if (!counts.contains(name)) {
                continue;
            }
            int c = table.column(name);
            for (String stratum : strata) {
                for (String groupType : groupTypes) {
                    changed |= protectSum(groupCells(groupType, stratum, c));
                }
            }
        }
        return changed;
    }

    private List<int[]> groupCells(String groupType, String stratum, int column) {
        List<int[]> cells = new ArrayList<>();
        for (int r = 0; r < mask.length; r++) {
            MetricRow row = table.rows().get(r);
            if (row.groupType().equals(groupType) && row.stratum().equals(stratum)) {
                cells.add(new int[] {r, column});
            }
        }
        return cells;
    }

    /** While exactly one part is suppressed, suppress the smallest non-zero shown part, first of equals. */
    private boolean protectSum(List<int[]> parts) {
        long hidden = parts.stream().filter(p -> mask[p[0]][p[1]]).count();
        if (hidden != 1) {
            return false;
        }
        int[] smallest = null;
        for (int[] p : parts) {
            double v = value(p[0], p[1]);
            if (!mask[p[0]][p[1]] && v > 0 && (smallest == null || v < value(smallest[0], smallest[1]))) {
                smallest = p;
            }
        }
        return smallest != null && suppress(smallest[0], smallest[1]);
    }

    private boolean isSmall(double count) {
        return count >= 1 && count < k;
    }

    private boolean suppress(int row, int column) {
        if (mask[row][column]) {
            return false;
        }
        mask[row][column] = true;
        return true;
    }

    private double value(int row, int column) {
        return table.rows().get(row).value(column);
    }
}
