package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.JOB_RATE;
import static no.retthylle.reports.MetricColumns.MINUTES_SHARE;
import static no.retthylle.reports.MetricColumns.N;
import static no.retthylle.reports.MetricColumns.SHARE_3_MONTHS;
import static no.retthylle.reports.MetricColumns.SHARE_ALL_12;
import static no.retthylle.reports.MetricColumns.SHARE_FULL_TIME;
import static no.retthylle.reports.MetricColumns.SHARE_MENTOR_AT_HOST;
import static no.retthylle.reports.MetricColumns.SHARE_TRAINING_PLAN;
import static no.retthylle.reports.MetricColumns.denominatorOf;
import static no.retthylle.reports.MetricColumns.numeratorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.retthylle.analysis.ShareCounts;
import no.retthylle.analysis.tables.ShareCount;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.Disclosure;
import no.retthylle.reports.disclosure.DisclosureControl;
import no.retthylle.reports.disclosure.MetricRow;
import no.retthylle.reports.disclosure.MetricTable;
import no.retthylle.reports.disclosure.ProtectedTable;
import org.junit.jupiter.api.Test;

/** Public mode, k = 3 throughout; internships.csv columns n, median_days, then the five shares. */
class ShareDenominatorsTest {

    private static final String INTERNSHIPS = MetricFamilies.INTERNSHIPS.fileName();
    private static final String MEETINGS = MetricFamilies.MEETINGS.fileName();

    /**
     * 5 internships, a training plan given for all 5 and present in 4: 4 ÷ 5 = 0.8, complement
     * 5 − 4 = 1 in 1…2 → hidden, with its numerator. The other shares of the row: 3 months
     * 5 of 5 (complement 0), full time 5 of 5, mentor at host 0 of 5 (numerator 0) → shown;
     * job_rate 0 of 0 ended → not defined, stays missing.
     */
    @Test
    void fourOfFiveWithATrainingPlanIsHidden() {
        MetricTable table = internships(row("all", "all", 5, 120, 1.0, 1.0, 0.8, 0.0, Double.NaN));
        ShareCounts counts = new ShareCounts(List.of(internship("all", "all", SHARE_FULL_TIME, 5, 5),
                internship("all", "all", SHARE_TRAINING_PLAN, 4, 5), internship("all", "all", SHARE_MENTOR_AT_HOST, 0, 5),
                internship("all", "all", JOB_RATE, 0, 0)));

        ProtectedTable shown = protect(table, MetricFamilies.INTERNSHIPS, counts, Disclosure.PUBLIC);

        assertTrue(shown.cell(0, SHARE_TRAINING_PLAN).isSuppressed(), "4 of 5");
        assertTrue(shown.cell(0, numeratorOf(SHARE_TRAINING_PLAN)).isSuppressed(), "its numerator 4");
        assertEquals(5.0, shown.cell(0, N).value());
        assertEquals(1.0, shown.cell(0, SHARE_3_MONTHS).value());
        assertEquals(1.0, shown.cell(0, SHARE_FULL_TIME).value());
        assertEquals(0.0, shown.cell(0, SHARE_MENTOR_AT_HOST).value());
        assertEquals(Cell.Kind.MISSING, shown.cell(0, JOB_RATE).kind());
    }

    /**
     * 6 internships: training plan 6 of 6 (complement 0) and mentor at host 3 of 6 (numerator
     * and complement 3) are shown; 3 months 3 of 6 and full time 6 of 6 too. job_rate 2 of 4
     * ended: numerator 2 and complement 4 − 2 = 2 in 1…2 → hidden, although 0.5 of n = 6 would
     * have passed.
     */
    @Test
    void sixOfSixAndThreeOfSixAreShownWhileTwoOfFourEndedIsHidden() {
        MetricTable table = internships(row("all", "all", 6, 95, 0.5, 1.0, 1.0, 0.5, 0.5));
        ShareCounts counts = new ShareCounts(List.of(internship("all", "all", SHARE_FULL_TIME, 6, 6),
                internship("all", "all", SHARE_TRAINING_PLAN, 6, 6), internship("all", "all", SHARE_MENTOR_AT_HOST, 3, 6),
                internship("all", "all", JOB_RATE, 2, 4)));

        ProtectedTable shown = protect(table, MetricFamilies.INTERNSHIPS, counts, Disclosure.PUBLIC);

        assertEquals(1.0, shown.cell(0, SHARE_TRAINING_PLAN).value());
        assertEquals(0.5, shown.cell(0, SHARE_MENTOR_AT_HOST).value());
        assertEquals(0.5, shown.cell(0, SHARE_3_MONTHS).value());
        assertEquals(1.0, shown.cell(0, SHARE_FULL_TIME).value());
        assertTrue(shown.cell(0, JOB_RATE).isSuppressed(), "2 of 4 ended");
    }

    /**
     * meetings.csv, one row: 4 spells with meetings; share_all_12 3 of 3 completed (complement 0)
     * → shown; minutes_share 10 of 11 meetings with the flag given, complement 1 → hidden.
     */
    @Test
    void tenOfElevenMeetingsWithMinutesIsHidden() {
        MetricTable table = new MetricTable(MetricFamilies.MEETINGS.values(),
                List.of(row("all", "all", 4, 11.5, 1.0, 28, 10.0 / 11)));
        ShareCounts counts = new ShareCounts(List.of(new ShareCount(MEETINGS, "all", "all", SHARE_ALL_12, 3, 3),
                new ShareCount(MEETINGS, "all", "all", MINUTES_SHARE, 10, 11)));

        ProtectedTable shown = protect(table, MetricFamilies.MEETINGS, counts, Disclosure.PUBLIC);

        assertTrue(shown.cell(0, MINUTES_SHARE).isSuppressed(), "10 of 11");
        assertEquals(1.0, shown.cell(0, SHARE_ALL_12).value());
    }

    /**
     * The leak the column rule closes. Training plan given for every internship: all 7 of 11
     * (complement 4), mentor_internship 6 of 9 (complement 3) and internship_only 1 of 2. Rule 2
     * hides internship_only's share (denominator 2 < 3) with its numerator 1; the denominator 2 is
     * a count in 1…2 and hidden too. Then in each hidden count column exactly one arm is hidden,
     * so the other arm's non-zero count goes as well (6 in the numerator, 9 in the denominator),
     * and with them mentor_internship's share: else 7 − 6 of 11 − 9 gives the 1 of 2 away.
     * all's 7 of 11 stays shown.
     */
    @Test
    void aHiddenArmsShareTakesTheOtherArmsShareWithIt() {
        MetricTable table = internships(row("all", "all", 11, 100, 1.0, 1.0, 7.0 / 11, 1.0, Double.NaN),
                row("arm", "mentor_internship", 9, 100, 1.0, 1.0, 6.0 / 9, 1.0, Double.NaN),
                row("arm", "internship_only", 2, 100, 1.0, 1.0, 0.5, 1.0, Double.NaN));
        ShareCounts counts = new ShareCounts(List.of(internship("all", "all", SHARE_TRAINING_PLAN, 7, 11),
                internship("arm", "mentor_internship", SHARE_TRAINING_PLAN, 6, 9),
                internship("arm", "internship_only", SHARE_TRAINING_PLAN, 1, 2)));

        ProtectedTable shown = protect(table, MetricFamilies.INTERNSHIPS, counts, Disclosure.PUBLIC);

        assertEquals(7.0 / 11, shown.cell(0, SHARE_TRAINING_PLAN).value());
        assertTrue(shown.cell(1, SHARE_TRAINING_PLAN).isSuppressed(), "mentor_internship 6 of 9");
        assertTrue(shown.cell(1, denominatorOf(SHARE_TRAINING_PLAN)).isSuppressed(), "mentor_internship's 9");
        assertTrue(shown.cell(2, SHARE_TRAINING_PLAN).isSuppressed(), "internship_only 1 of 2");
    }

    /**
     * No counts for the row (or counts that do not give the published value: 4 of 5 is not 0.5)
     * → 0 of 0 → hidden in public mode, where it cannot be checked; internal mode shows it.
     */
    @Test
    void aShareWithoutMatchingCountsIsHiddenInPublicAndShownInInternal() {
        MetricTable table = internships(row("all", "all", 6, 95, 0.5, 1.0, 0.5, 0.5, Double.NaN));
        ShareCounts counts = new ShareCounts(List.of(internship("all", "all", SHARE_TRAINING_PLAN, 4, 5)));

        ProtectedTable shown = protect(table, MetricFamilies.INTERNSHIPS, counts, Disclosure.PUBLIC);
        ProtectedTable internal = protect(table, MetricFamilies.INTERNSHIPS, counts, Disclosure.INTERNAL);

        assertTrue(shown.cell(0, SHARE_TRAINING_PLAN).isSuppressed(), "counts disagree");
        assertTrue(shown.cell(0, SHARE_MENTOR_AT_HOST).isSuppressed(), "no counts");
        assertTrue(shown.cell(0, SHARE_FULL_TIME).isSuppressed(), "no counts");
        assertEquals(0.5, shown.cell(0, SHARE_3_MONTHS).value(), "over n: needs no counts");
        assertEquals(0.5, internal.cell(0, SHARE_TRAINING_PLAN).value());
        assertEquals(0.5, internal.cell(0, SHARE_MENTOR_AT_HOST).value());
    }

    @Test
    void otherTablesAreLeftAsTheyAre() {
        MetricTable funnel = new MetricTable(MetricFamilies.FUNNEL.values(),
                List.of(new MetricRow("all", "all", "screened", new double[] {8, Double.NaN})));
        assertEquals(funnel, ShareDenominators.added(funnel, MetricFamilies.FUNNEL, new ShareCounts(List.of())));
        assertFalse(funnel.columns().contains(numeratorOf(SHARE_TRAINING_PLAN)));
    }

    private static ProtectedTable protect(MetricTable table, MetricFamily family, ShareCounts counts, Disclosure mode) {
        return DisclosureControl.protect(ShareDenominators.added(table, family, counts), family.layout(), mode, 3);
    }

    private static MetricTable internships(MetricRow... rows) {
        return new MetricTable(MetricFamilies.INTERNSHIPS.values(), List.of(rows));
    }

    private static ShareCount internship(String type, String group, String column, long numerator, long denominator) {
        return new ShareCount(INTERNSHIPS, type, group, column, numerator, denominator);
    }

    private static MetricRow row(String type, String group, double... values) {
        return new MetricRow(type, group, "", values);
    }
}
