package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.Disclosure;

/**
 * Rule 3 of metrics.md "Disclosure control" where a value derives from another row or table,
 * which a {@link no.retthylle.reports.disclosure.TableLayout} cannot say; applied after each
 * table's own rules, in public mode only.
 *
 * <ul>
 *   <li>comparison.csv: every comparison with the ordinary arm (risk difference, risk ratio,
 *       Fisher's p, the adjusted difference and their intervals) is hidden in every row when the
 *       ordinary arm's rate is hidden or the row is missing.</li>
 *   <li>balance.csv: the SMDs are computed over mentor_any and ordinary; all of them are hidden
 *       unless comparison.csv shows both arms' n and each is at least k.</li>
 *   <li>funnel.csv: a conversion is hidden when the previous stage's n of its group is hidden,
 *       below k or absent.</li>
 * </ul>
 */
final class LinkedSuppression {

    private static final Set<String> COMPARATIVE = Set.of(RD, RD_LOW, RD_HIGH, RR, RR_LOW, RR_HIGH, FISHER_P,
            RD_ADJ, RD_ADJ_LOW, RD_ADJ_HIGH);

    private LinkedSuppression() {
    }

    /** The tables with the linked rules applied (the same tables in internal mode). */
    static Map<MetricFamily, PublishedTable> apply(Map<MetricFamily, PublishedTable> tables, ReportSettings settings) {
        if (settings.mode() == Disclosure.INTERNAL) {
            return tables;
        }
        Map<MetricFamily, PublishedTable> out = new LinkedHashMap<>(tables);
        PublishedTable comparison = tables.get(MetricFamilies.COMPARISON);
        if (comparison != null) {
            out.put(MetricFamilies.COMPARISON, comparison(comparison));
        }
        if (tables.containsKey(MetricFamilies.BALANCE)) {
            out.put(MetricFamilies.BALANCE, balance(tables.get(MetricFamilies.BALANCE), comparison, settings.minCell()));
        }
        if (tables.containsKey(MetricFamilies.FUNNEL)) {
            out.put(MetricFamilies.FUNNEL, funnel(tables.get(MetricFamilies.FUNNEL), settings.minCell()));
        }
        return out;
    }

    static PublishedTable comparison(PublishedTable t) {
        boolean hidden = t.find(ORDINARY).map(r -> !t.cell(r, RATE).isShown()).orElse(true);
        return hidden ? suppress(t, (row, column) -> COMPARATIVE.contains(column)) : t;
    }

    static PublishedTable balance(PublishedTable balance, PublishedTable comparison, int k) {
        boolean shown = comparison != null && isAtLeast(comparison, MENTOR_ANY, k) && isAtLeast(comparison, ORDINARY, k);
        return shown ? balance : suppress(balance, (row, column) -> true);
    }

    static PublishedTable funnel(PublishedTable t, int k) {
        return suppress(t, (row, column) -> column.equals(CONVERSION) && !previousStageShown(t, row, k));
    }

    private static boolean previousStageShown(PublishedTable t, int row, int k) {
        int stage = STAGES.indexOf(t.text(row, STAGE));
        if (stage <= 0) {
            return true;
        }
        return t.find(t.text(row, GROUP_TYPE), t.text(row, GROUP), STAGES.get(stage - 1))
                .map(p -> t.cell(p, N).isShown() && t.cell(p, N).value() >= k).orElse(false);
    }

    private static boolean isAtLeast(PublishedTable comparison, String arm, int k) {
        return comparison.find(arm).map(r -> comparison.cell(r, N).isShown() && comparison.cell(r, N).value() >= k)
                .orElse(false);
    }

    /** Which cells a rule hides, by row and column name. */
    @FunctionalInterface
    private interface Rule {
        boolean hides(int row, String column);
    }

    private static PublishedTable suppress(PublishedTable t, Rule rule) {
        List<String> columns = t.table().columns();
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            List<Cell> row = new ArrayList<>();
            for (String c : columns) {
                Cell cell = t.cell(r, c);
                row.add(cell.isShown() && rule.hides(r, c) ? Cell.suppressed() : cell);
            }
            cells.add(row);
        }
        return t.withCells(cells);
    }
}
