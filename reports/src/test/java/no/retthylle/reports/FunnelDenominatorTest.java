package no.retthylle.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.Disclosure;
import no.retthylle.reports.disclosure.DisclosureControl;
import no.retthylle.reports.disclosure.MetricRow;
import no.retthylle.reports.disclosure.MetricTable;
import no.retthylle.reports.disclosure.ProtectedTable;
import org.junit.jupiter.api.Test;

class FunnelDenominatorTest {

    /**
     * Two cohorts of 5 who all started; 3 and 4 completed. Public, k = 3:
     * cohort 1 completed: 3 ÷ 5, complement 5 − 3 = 2 in 1…2 → conversion hidden, and it takes
     * its numerator n = 3 with it (else 5 − 3 gives the 2 away);
     * cohort 2 completed: 4 ÷ 5, complement 1 → conversion and n = 4 hidden;
     * all completed: 7 ÷ 10, complement 3 → shown; 7 = 3 + 4 with both parts hidden, so the
     * column rule needs nothing more; started: 5 ÷ 5, complement 0 → shown.
     */
    @Test
    void aConversionWithASmallComplementIsHiddenWithItsCount() {
        MetricTable funnel = new MetricTable(List.of(MetricColumns.N, MetricColumns.CONVERSION), List.of(
                row("all", "all", "agreement", 10, Double.NaN),
                row("all", "all", "started", 10, 1.0),
                row("all", "all", "completed", 7, 0.7),
                row("cohort", "1", "agreement", 5, Double.NaN),
                row("cohort", "1", "started", 5, 1.0),
                row("cohort", "1", "completed", 3, 0.6),
                row("cohort", "2", "agreement", 5, Double.NaN),
                row("cohort", "2", "started", 5, 1.0),
                row("cohort", "2", "completed", 4, 0.8)));

        ProtectedTable shown = DisclosureControl.protect(FunnelDenominator.added(funnel), MetricLayouts.FUNNEL,
                Disclosure.PUBLIC, 3);

        assertHidden(shown, "cohort", "1", "completed");
        assertHidden(shown, "cohort", "2", "completed");
        assertEquals(7.0, cell(shown, "all", "all", "completed", MetricColumns.N).value());
        assertEquals(0.7, cell(shown, "all", "all", "completed", MetricColumns.CONVERSION).value());
        assertEquals(5.0, cell(shown, "cohort", "1", "started", MetricColumns.N).value());
        assertEquals(1.0, cell(shown, "cohort", "1", "started", MetricColumns.CONVERSION).value());
    }

    @Test
    void theDenominatorIsThePreviousStagesCountOfTheSameGroup() {
        MetricTable funnel = new MetricTable(List.of(MetricColumns.N, MetricColumns.CONVERSION), List.of(
                row("cohort", "1", "screened", 8, Double.NaN),
                row("cohort", "1", "applied", 6, 0.75),
                row("cohort", "2", "applied", 4, Double.NaN)));
        MetricTable added = FunnelDenominator.added(funnel);
        int previous = added.column(MetricColumns.N_PREVIOUS_STAGE);
        assertTrue(Double.isNaN(added.rows().get(0).values()[previous]), "the first stage has none");
        assertEquals(8.0, added.rows().get(1).values()[previous]);
        assertTrue(Double.isNaN(added.rows().get(2).values()[previous]), "cohort 2 has no screened row");
    }

    private static void assertHidden(ProtectedTable t, String type, String group, String stage) {
        assertFalse(cell(t, type, group, stage, MetricColumns.N).isShown(), type + " " + group + " " + stage + " n");
        assertFalse(cell(t, type, group, stage, MetricColumns.CONVERSION).isShown(),
                type + " " + group + " " + stage + " conversion");
    }

    private static Cell cell(ProtectedTable t, String type, String group, String stage, String column) {
        for (int r = 0; r < t.rows().size(); r++) {
            ProtectedTable.RowKey key = t.rows().get(r);
            if (key.groupType().equals(type) && key.group().equals(group) && key.stratum().equals(stage)) {
                return t.cell(r, column);
            }
        }
        throw new AssertionError("no row " + type + "/" + group + "/" + stage);
    }

    private static MetricRow row(String type, String group, String stage, double n, double conversion) {
        return new MetricRow(type, group, stage, new double[] {n, conversion});
    }
}
