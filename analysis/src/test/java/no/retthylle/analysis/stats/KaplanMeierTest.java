package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden values from {@code r/kaplan_meier.R}: R {@code survfit(..., conf.type = "log-log")}.
 * The curve's input counts (t, n_event, n_censor and the first n_risk) are taken from R's
 * table; n_risk after the first row, survival, bounds, median and 1 − S(t) are checked.
 */
class KaplanMeierTest {

    private static final double TOLERANCE = 1e-12;

    private static List<String[]> golden(String fixture) {
        return RGolden.rows("kaplan_meier_steps.csv").stream().filter(r -> r[0].equals(fixture)).toList();
    }

    private static KaplanMeier curve(String fixture) {
        List<String[]> rows = golden(fixture);
        double[] times = new double[rows.size()];
        long[] events = new long[rows.size()];
        long[] censored = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            times[i] = Double.parseDouble(rows.get(i)[1]);
            events[i] = Long.parseLong(rows.get(i)[3]);
            censored[i] = Long.parseLong(rows.get(i)[4]);
        }
        return KaplanMeier.fit(Long.parseLong(rows.get(0)[2]), times, events, censored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ties", "all_censored", "flat_half", "ends_at_half", "reaches_zero", "mixed"})
    void stepsMatchRSurvfitWithGreenwoodLogLogInterval(String fixture) {
        List<String[]> expected = golden(fixture);
        List<KaplanMeier.Step> steps = curve(fixture).steps();
        assertEquals(expected.size(), steps.size());
        for (int i = 0; i < steps.size(); i++) {
            String[] row = expected.get(i);
            KaplanMeier.Step step = steps.get(i);
            String at = fixture + " t=" + row[1];
            assertEquals(Long.parseLong(row[2]), step.atRisk(), at);
            assertEquals(Double.parseDouble(row[5]), step.survival(), TOLERANCE, at);
            assertEquals(Double.parseDouble(row[6]), step.low(), 1e-10, at);
            assertEquals(Double.parseDouble(row[7]), step.high(), 1e-10, at);
        }
    }

    @ParameterizedTest
    @CsvFileSource(resources = "/r/kaplan_meier_median.csv", numLinesToSkip = 1)
    void medianMatchesRQuantileIncludingMidpointOfAFlatStretchAtOneHalf(String fixture, double median) {
        assertEquals(median, curve(fixture).median(), TOLERANCE, fixture);
    }

    @ParameterizedTest
    @CsvFileSource(resources = "/r/kaplan_meier_event_by.csv", numLinesToSkip = 1)
    void probabilityOfEventByIsOneMinusRSurvivalAndNaNPastTheLastTime(String fixture, double t, double p) {
        assertEquals(p, curve(fixture).probabilityOfEventBy(t), TOLERANCE, fixture + " t=" + t);
    }

    @Test
    void emptyCurveHasNoMedianAndNoProbability() {
        KaplanMeier km = KaplanMeier.fit(0, new double[0], new long[0], new long[0]);
        assertTrue(Double.isNaN(km.median()) && Double.isNaN(km.probabilityOfEventBy(0)));
    }

    @Test
    void timesMustBeStrictlyAscending() {
        assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.fit(3, new double[] {5, 5}, new long[] {1, 1}, new long[] {0, 0}));
    }

    @Test
    void countsMayNotExceedThePersonsAtRisk() {
        assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.fit(1, new double[] {5}, new long[] {1}, new long[] {1}));
    }
}
