package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden values from {@code r/glm_binomial.R}: R {@code glm(y ~ ., family = binomial)} on the
 * fixtures {@code glm_main.csv} (30 rows, 3 covariates), {@code glm_aliased.csv} (x3 = x1 + x2)
 * and {@code glm_separated.csv} (complete separation).
 */
class LogisticRegressionTest {

    private static LogisticRegression fit(String fixture) {
        double[][] data = RGolden.matrix("glm_" + fixture + ".csv", 0, fixture.equals("separated") ? 2 : 4);
        int k = data[0].length - 1;
        double[][] x = new double[data.length][];
        int[] y = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            x[i] = Arrays.copyOf(data[i], k);
            y[i] = (int) data[i][k];
        }
        return LogisticRegression.fit(x, y, ones(y.length));
    }

    private static double[] ones(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    private static List<String[]> golden(String file, String fixture) {
        return RGolden.rows(file).stream().filter(r -> r[0].equals(fixture)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "aliased"})
    void coefficientsAndFittedProbabilitiesMatchRGlm(String fixture) {
        LogisticRegression fit = fit(fixture);
        double[] beta = fit.coefficients();
        for (String[] row : golden("glm_coefficients.csv", fixture)) {
            assertEquals(Double.parseDouble(row[2]), beta[Integer.parseInt(row[1])], 1e-9, fixture + " term " + row[1]);
        }
        double[] mu = fit.fitted();
        for (String[] row : golden("glm_fitted.csv", fixture)) {
            assertEquals(Double.parseDouble(row[2]), mu[Integer.parseInt(row[1])], 1e-12, fixture + " row " + row[1]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "aliased", "separated"})
    void convergenceIterationsDevianceAndBoundaryFlagMatchRGlm(String fixture) {
        String[] expected = golden("glm_fit.csv", fixture).get(0);
        LogisticRegression fit = fit(fixture);
        assertEquals(expected[1].equals("1"), fit.converged(), "converged");
        assertEquals(expected[2].equals("1"), fit.fittedZeroOrOne(), "fitted 0 or 1");
        assertEquals(Integer.parseInt(expected[3]), fit.iterations(), "iterations");
        assertEquals(Double.parseDouble(expected[4]), fit.deviance(), 1e-9, "deviance");
    }

    @Test
    void theAggregatedMainFixtureGivesRsPersonLevelFit() {
        // glm_main.csv aggregated by hand: rows 1 and 2 (0-based) are both x = (45, 0, 6) with
        // y = 0, so they form one cell of 2 persons; the other 28 rows are cells of 1 person.
        // 29 cells, 30 persons: R's person-level fit must come out, iteration for iteration.
        double[][] data = RGolden.matrix("glm_main.csv", 0, 4);
        assertArrayEquals(data[1], data[2], 0);
        double[][] x = new double[29][];
        int[] y = new int[29];
        double[] n = new double[29];
        for (int row = 0, cell = 0; row < data.length; row++) {
            if (row != 2) {
                x[cell] = Arrays.copyOf(data[row], 3);
                y[cell] = (int) data[row][3];
                n[cell++] = row == 1 ? 2 : 1;
            }
        }
        LogisticRegression fit = LogisticRegression.fit(x, y, n);
        for (String[] row : golden("glm_coefficients.csv", "main")) {
            assertEquals(Double.parseDouble(row[2]), fit.coefficients()[Integer.parseInt(row[1])], 1e-9, "term " + row[1]);
        }
        String[] expected = golden("glm_fit.csv", "main").get(0);
        assertEquals(Integer.parseInt(expected[3]), fit.iterations(), "iterations");
        assertEquals(Double.parseDouble(expected[4]), fit.deviance(), 1e-9, "deviance");
        List<String[]> fitted = golden("glm_fitted.csv", "main");
        assertEquals(Double.parseDouble(fitted.get(2)[2]), fit.fitted()[1], 1e-12, "the cell of rows 1 and 2");
        assertEquals(Double.parseDouble(fitted.get(3)[2]), fit.fitted()[2], 1e-12, "row 3, now cell 2");
    }

    @Test
    void aRowWithoutPersonsIsLeftOutOfTheFit() {
        // The intercept-only fit of the test below with an extra row of weight 0: still log 3
        LogisticRegression fit = LogisticRegression.fit(new double[5][0], new int[] {1, 1, 0, 1, 0},
                new double[] {1, 1, 1, 1, 0});
        assertEquals(Math.log(3), fit.coefficients()[0], 1e-9);
    }

    @Test
    void aConstantCovariateIsAliasedWithTheIntercept() {
        LogisticRegression fit = LogisticRegression.fit(
                new double[][] {{1, 7}, {2, 7}, {3, 7}, {4, 7}, {5, 7}}, new int[] {0, 1, 0, 1, 1}, ones(5));
        assertTrue(Double.isNaN(fit.coefficients()[2]));
        assertFalse(Double.isNaN(fit.coefficients()[1]));
    }

    @Test
    void interceptOnlyFitIsTheLogOddsOfTheMean() {
        // 3 of 4: log(0.75 / 0.25) = log 3; IRLS stops on the deviance criterion, so the estimate
        // is log 3 only to about 1e-11 (R glm gives 1.0986122886651419, log 3 = 1.0986122886681098)
        LogisticRegression fit = LogisticRegression.fit(new double[4][0], new int[] {1, 1, 0, 1}, ones(4));
        assertEquals(Math.log(3), fit.coefficients()[0], 1e-9);
        assertEquals(0.75, fit.fitted()[2], 1e-12);
    }

    /** glm_main.csv by columns, the outcome as events of 1 trial per row. */
    private static LogisticRegression fitMainFrom(double[] start) {
        double[][] data = RGolden.matrix("glm_main.csv", 0, 4);
        double[][] columns = new double[3][data.length];
        double[] events = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            for (int j = 0; j < 3; j++) {
                columns[j][i] = data[i][j];
            }
            events[i] = data[i][3];
        }
        return LogisticRegression.fit(columns, events, ones(data.length), start);
    }

    private static double[] rCoefficients() {
        return golden("glm_coefficients.csv", "main").stream().mapToDouble(r -> Double.parseDouble(r[2])).toArray();
    }

    @Test
    void startedAtRsMaximumTheFitStopsAfterOneIteration() {
        // From R's β the step changes β by about R's own convergence error only, so the deviance
        // changes by far less than 1e-8 of itself: converged in the first iteration, β unchanged.
        LogisticRegression fit = fitMainFrom(rCoefficients());
        assertTrue(fit.converged());
        assertEquals(1, fit.iterations());
        assertArrayEquals(rCoefficients(), fit.coefficients(), 1e-9);
        String[] expected = golden("glm_fit.csv", "main").get(0);
        assertEquals(Double.parseDouble(expected[4]), fit.deviance(), 1e-9, "deviance");
    }

    @Test
    void aStartNearTheMaximumReachesItInFewerIterationsThanRsStart() {
        // β = 0 (μ = ½ for everyone) and R's β moved by 0.01 on every term (η by at most about
        // 0.5 on this fixture: x1 is an age near 45), as a bootstrap resample's maximum lies
        // near the original's, both end at R's coefficients; the near start needs fewer
        // iterations than R's from μ = (y + ½)/2 (glm_fit.csv).
        int rIterations = Integer.parseInt(golden("glm_fit.csv", "main").get(0)[3]);
        double[] near = rCoefficients();
        for (int j = 0; j < near.length; j++) {
            near[j] += 0.01;
        }
        for (double[] start : new double[][] {{0, 0, 0, 0}, near}) {
            LogisticRegression fit = fitMainFrom(start);
            assertTrue(fit.converged(), Arrays.toString(start));
            assertArrayEquals(rCoefficients(), fit.coefficients(), 1e-7, Arrays.toString(start));
        }
        assertTrue(fitMainFrom(near).iterations() < rIterations);
    }

    @Test
    void aStartFarFromTheMaximumCanDivergeToTheBoundary() {
        // R's β moved by 0.1 on every term shifts η by about 4.5 through x1 (an age near 45):
        // Newton steps without step-halving (R's glm.fit has none for a finite deviance) run
        // off to fitted probabilities of 0 and 1, which the fit reports
        double[] far = rCoefficients();
        for (int j = 0; j < far.length; j++) {
            far[j] += 0.1;
        }
        assertTrue(fitMainFrom(far).fittedZeroOrOne());
    }

    @Test
    void outcomesOtherThanZeroOrOneAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(new double[][] {{1}}, new int[] {2}, ones(1)));
    }
}
