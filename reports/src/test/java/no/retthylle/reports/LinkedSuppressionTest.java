package no.retthylle.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.analysis.ShareCounts;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.Disclosure;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

class LinkedSuppressionTest {

    private static final ReportSettings PUBLIC = ReportSettings.defaults();

    /** Ordinary 2 of 12: n_job 2 is primary, so its rate is hidden, and every comparison with it. */
    private static final String COMPARISON_SMALL_ORDINARY = """
            arm,n,n_job,rate,ci_low,ci_high,rd,rd_low,rd_high,rr,rr_low,rr_high,fisher_p,rd_adj,rd_adj_low,rd_adj_high,warning
            mentor_internship,4,4,1,0.510109,1,0.83,0.3,0.95,6,1.8,19,0.004,0.8,0.4,0.97,
            mentor_only,9,5,0.555556,0.266651,0.811221,0.39,0.0,0.68,3.3,0.9,12,0.06,0.35,0.0,0.7,
            mentor_any,13,9,0.692308,0.423693,0.873193,0.53,0.2,0.75,4.2,1.2,15,0.006,0.5,0.2,0.8,
            ordinary,12,2,0.166667,0.0469,0.448,,,,,,,,,,,
            """;

    private static final String BALANCE = """
            covariate,smd_before,smd_after
            female,0.41,0.05
            """;

    @Test
    void comparisonsWithAHiddenOrdinaryRateAreHiddenInEveryRow() {
        PublishedTable t = LinkedSuppression.comparison(published(MetricFamilies.COMPARISON, COMPARISON_SMALL_ORDINARY));
        int mentorInternship = t.find("mentor_internship").orElseThrow();
        // The arm's own rate (4 of 4: complement 0) stays; its comparisons with ordinary go.
        assertEquals(1.0, t.cell(mentorInternship, MetricColumns.RATE).value());
        for (String c : List.of(MetricColumns.RD, MetricColumns.RD_LOW, MetricColumns.RR, MetricColumns.FISHER_P,
                MetricColumns.RD_ADJ, MetricColumns.RD_ADJ_HIGH)) {
            for (int r = 0; r < 3; r++) {
                assertTrue(t.cell(r, c).isSuppressed(), r + " " + c);
            }
        }
        // The ordinary row's comparisons are not defined: they stay empty, not ':'.
        assertEquals(Cell.Kind.MISSING, t.cell(t.find("ordinary").orElseThrow(), MetricColumns.RD).kind());
    }

    @Test
    void balanceIsHiddenWhenAnArmOfTheComparisonIsHiddenOrSmall() {
        PublishedTable comparison = published(MetricFamilies.COMPARISON, COMPARISON_SMALL_ORDINARY);
        PublishedTable balance = published(MetricFamilies.BALANCE, BALANCE);
        // n of mentor_any 13 and ordinary 12 are both at least 3: shown.
        assertTrue(LinkedSuppression.balance(balance, comparison, 3).cell(0, MetricColumns.SMD_BEFORE).isShown());
        // With k = 13 ordinary's 12 is below k: every SMD hidden; without comparison.csv too.
        assertTrue(LinkedSuppression.balance(balance, comparison, 13).cell(0, MetricColumns.SMD_AFTER).isSuppressed());
        assertTrue(LinkedSuppression.balance(balance, null, 3).cell(0, MetricColumns.SMD_BEFORE).isSuppressed());
    }

    @Test
    void conversionOverAHiddenOrSmallPreviousStageIsHiddenWithItsCount() {
        // applied 2 (primary) → interviewed's 4 ÷ 2 has a denominator below 3: the conversion is
        // hidden and takes its n = 4 with it (complement rule); offered 4 ÷ 4 would then give
        // interviewed's hidden 4 away, so its conversion is hidden too; offered's own n stays.
        PublishedTable t = LinkedSuppression.funnel(published(MetricFamilies.FUNNEL, """
                group_type,group,stage,n,conversion
                all,all,screened,10,
                all,all,applied,2,0.2
                all,all,interviewed,4,2
                all,all,offered,4,1
                """), 3);
        assertTrue(t.cell(1, MetricColumns.N).isSuppressed());
        assertTrue(t.cell(1, MetricColumns.CONVERSION).isSuppressed());
        assertTrue(t.cell(2, MetricColumns.N).isSuppressed());
        assertTrue(t.cell(2, MetricColumns.CONVERSION).isSuppressed());
        assertTrue(t.cell(3, MetricColumns.CONVERSION).isSuppressed());
        assertEquals(4.0, t.cell(3, MetricColumns.N).value());
    }

    @Test
    void internalModeChangesNothing() {
        Map<MetricFamily, PublishedTable> tables = new LinkedHashMap<>();
        tables.put(MetricFamilies.COMPARISON, published(MetricFamilies.COMPARISON, COMPARISON_SMALL_ORDINARY,
                new ReportSettings(Disclosure.INTERNAL, 3, "nb")));
        Map<MetricFamily, PublishedTable> out = LinkedSuppression.apply(tables,
                new ReportSettings(Disclosure.INTERNAL, 3, "nb"));
        assertEquals(0.83, out.get(MetricFamilies.COMPARISON).cell(0, MetricColumns.RD).value());
    }

    private static PublishedTable published(MetricFamily family, String csv) {
        return published(family, csv, PUBLIC);
    }

    private static PublishedTable published(MetricFamily family, String csv, ReportSettings settings) {
        Table table = Table.read().usingOptions(CsvReadOptions.builderFromString(csv).header(true)
                .columnTypes(MetricTables.types(family)).missingValueIndicator("").build());
        return MetricTables.of(table, family).protect(settings, new ShareCounts(List.of()));
    }
}
