package no.retthylle.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hand-made tables with k = 3; each expectation is worked out by hand in the comments. */
class DisclosureControlTest {

    private static final double NA = Double.NaN;

    @Test
    void primaryRuleHidesOneAndTwoButShowsZeroAndThree() {
        TableLayout layout = TableLayout.builder().counts("n").build();
        MetricTable t = table(List.of("n"),
                row("arm", "a", 0), row("arm", "b", 1), row("arm", "c", 2), row("arm", "d", 3));
        // 0 is not in 1..2 so it is shown; 1 and 2 are; 3 is not.
        assertEquals(List.of("0", ":", ":", "3"), rows(protect(t, layout)));
    }

    @Test
    void rowTotalCannotGiveBackASuppressedPart() {
        TableLayout layout = TableLayout.builder().counts("total", "p1", "p2", "p3")
                .rowSum("total", "p1", "p2", "p3").build();
        MetricTable t = table(List.of("total", "p1", "p2", "p3"),
                // p1 = 2 is primary; alone it would be 10 - 5 - 3 = 2. The smallest non-zero shown
                // part, p3 = 3, goes along.
                row("all", "all", 10, 2, 5, 3),
                // p1 = 1 is primary; p2 = 0 is not a candidate (zero), so p3 = 9 goes along.
                row("cohort", "1", 10, 1, 0, 9),
                // p1 = 2 is primary; p2 = 4 and p3 = 4 tie: the first, p2, goes along.
                row("cohort", "2", 10, 2, 4, 4));
        assertEquals(List.of("10 : 5 :", "10 : 0 :", "10 : : 4"), rows(protect(t, layout)));
    }

    @Test
    void allRowCannotGiveBackASuppressedCohort() {
        TableLayout layout = TableLayout.builder().counts("n").groupTypesSummingToAll("cohort").build();
        MetricTable t = table(List.of("n"),
                row("all", "all", 12),
                row("cohort", "1", 5), row("cohort", "2", 2), row("cohort", "3", 5),
                row("arm", "a", 2), row("arm", "b", 10));
        // cohort 2 = 2 is primary; alone it would be 12 - 5 - 5 = 2. Cohorts 1 and 3 tie at 5:
        // the first, cohort 1, goes along. Arms do not add up to all (not exhaustive), so arm a = 2
        // is hidden by the primary rule only and arm b = 10 stays.
        assertEquals(List.of("12", ":", ":", "5", ":", "10"), rows(protect(t, layout)));
    }

    @Test
    void complementOfOneHidesTheRateItsNumeratorAndItsInterval() {
        MetricTable t = table(List.of("n", "x", "rate", "low"),
                // n - x = 10 - 9 = 1 is in 1..2: rate hidden, x = 9 with it, low derives from rate.
                row("cohort", "1", 10, 9, 0.9, 0.596),
                // x = 3, n - x = 7, n = 10: nothing to hide.
                row("cohort", "2", 10, 3, 0.3, 0.108));
        assertEquals(List.of("10 : : :", "10 3 0.3 0.108"), rows(protect(t, rateLayout())));
    }

    @Test
    void rateOverFewerThanKIsHiddenWithItsZeroNumerator() {
        MetricTable t = table(List.of("n", "x", "rate", "low"),
                // n = 2 < 3: n is primary, the rate is hidden and takes x = 0 with it (else x = 0
                // would give the rate away), the interval goes with the rate.
                row("cohort", "1", 2, 0, 0.0, 0.0));
        assertEquals(List.of(": : : :"), rows(protect(t, rateLayout())));
    }

    @Test
    void rateWithoutNumeratorColumnUsesRateTimesDenominator() {
        TableLayout layout = TableLayout.builder().counts("n").rateOver("rate", "n").build();
        MetricTable t = table(List.of("n", "rate"),
                // x = 0.9 * 10 = 9, n - x = 1: hidden.  x = 0.5 * 10 = 5, n - x = 5: shown.
                row("cohort", "1", 10, 0.9), row("cohort", "2", 10, 0.5));
        assertEquals(List.of("10 :", "10 0.5"), rows(protect(t, layout)));
    }

    @Test
    void undefinedRateStaysEmptyAndZeroDenominatorIsShown() {
        MetricTable t = table(List.of("n", "x", "rate", "low"),
                // n = 0: the rate and interval are not defined (empty); 0 is not primary.
                row("cohort", "1", 0, 0, NA, NA));
        assertEquals(List.of("0 0 _ _"), rows(protect(t, rateLayout())));
    }

    @Test
    void derivedValueOverFewerThanKPersonsIsHidden() {
        TableLayout layout = TableLayout.builder().counts("persons").derived("mean", "persons").build();
        MetricTable t = table(List.of("persons", "mean"),
                // 2 persons < 3: both hidden; 0 persons: mean undefined (empty); 4 persons: shown.
                row("cohort", "1", 2, 3.5), row("cohort", "2", 0, NA), row("cohort", "3", 4, 2.25));
        assertEquals(List.of(": :", "0 _", "4 2.25"), rows(protect(t, layout)));
    }

    @Test
    void secondarySuppressionRepeatsUntilNothingChanges() {
        TableLayout layout = TableLayout.builder().counts("total", "a", "b").rowSum("total", "a", "b")
                .groupTypesSummingToAll("cohort").build();
        MetricTable t = table(List.of("total", "a", "b"),
                row("all", "all", 30, 9, 21),
                row("cohort", "1", 10, 2, 8),
                row("cohort", "2", 10, 3, 7),
                row("cohort", "3", 10, 4, 6));
        // Primary: c1.a = 2.
        // Pass 1, rows: c1 has one hidden part -> c1.b = 8 goes.
        //         columns: a has c1 hidden -> smallest shown of c2 = 3, c3 = 4 -> c2.a;
        //                  b has c1 hidden -> smallest shown of c2 = 7, c3 = 6 -> c3.b.
        // Pass 2, rows: c2 now has one hidden part (a) -> c2.b = 7 (else 10 - 7 = 3 gives a back);
        //               c3 has one hidden part (b) -> c3.a = 4. Columns: all three cohorts hidden.
        // Pass 3: nothing changes. Totals are never parts, so they stay.
        assertEquals(List.of("30 9 21", "10 : :", "10 : :", "10 : :"), rows(protect(t, layout)));
    }

    @Test
    void columnSumsAreTakenWithinEachStratum() {
        TableLayout layout = TableLayout.builder().counts("n").groupTypesSummingToAll("cohort").build();
        MetricTable t = new MetricTable(List.of("n"), List.of(
                new MetricRow("cohort", "1", "job_by_end", new double[] {2}),
                new MetricRow("cohort", "2", "job_by_end", new double[] {6}),
                new MetricRow("cohort", "1", "job_to_date", new double[] {4}),
                new MetricRow("cohort", "2", "job_to_date", new double[] {6})));
        // job_by_end: cohort 1 = 2 primary, cohort 2 = 6 goes along. job_to_date: nothing hidden,
        // it is a separate sum even though cohort 1 is hidden in the other measure.
        assertEquals(List.of(":", ":", "4", "6"), rows(protect(t, layout)));
    }

    @Test
    void internalModeShowsEverything() {
        MetricTable t = table(List.of("n", "x", "rate", "low"), row("cohort", "1", 2, 1, 0.5, 0.095));
        ProtectedTable p = DisclosureControl.protect(t, rateLayout(), Disclosure.INTERNAL, 3);
        assertEquals(List.of("2 1 0.5 0.095"), rows(p));
    }

    @Test
    void minCellBelowOneIsRefused() {
        MetricTable t = table(List.of("n"), row("all", "all", 1));
        assertThrows(IllegalArgumentException.class,
                () -> DisclosureControl.protect(t, TableLayout.builder().build(), Disclosure.PUBLIC, 0));
    }

    private static TableLayout rateLayout() {
        return TableLayout.builder().counts("n", "x").rate("rate", "x", "n").derived("low", "n", "rate").build();
    }

    private static ProtectedTable protect(MetricTable t, TableLayout layout) {
        return DisclosureControl.protect(t, layout, Disclosure.PUBLIC, 3);
    }

    private static MetricTable table(List<String> columns, MetricRow... rows) {
        return new MetricTable(columns, List.of(rows));
    }

    private static MetricRow row(String groupType, String group, double... values) {
        return new MetricRow(groupType, group, "", values);
    }

    /** Each row as its cells joined by spaces: the number, ":" when suppressed, "_" when missing. */
    private static List<String> rows(ProtectedTable p) {
        return IntStream.range(0, p.rows().size()).mapToObj(r -> p.columns().stream()
                .map(c -> show(p.cell(r, c))).collect(Collectors.joining(" "))).toList();
    }

    private static String show(Cell cell) {
        return switch (cell.kind()) {
            case SUPPRESSED -> ":";
            case MISSING -> "_";
            case VALUE -> cell.value() == Math.rint(cell.value())
                    ? String.valueOf((long) cell.value()) : String.valueOf(cell.value());
        };
    }
}
