package no.retthylle.analysis.stats;

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
        return LogisticRegression.fit(x, y);
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
    void aConstantCovariateIsAliasedWithTheIntercept() {
        LogisticRegression fit = LogisticRegression.fit(
                new double[][] {{1, 7}, {2, 7}, {3, 7}, {4, 7}, {5, 7}}, new int[] {0, 1, 0, 1, 1});
        assertTrue(Double.isNaN(fit.coefficients()[2]));
        assertFalse(Double.isNaN(fit.coefficients()[1]));
    }

    @Test
    void interceptOnlyFitIsTheLogOddsOfTheMean() {
        // 3 of 4: log(0.75 / 0.25) = log 3; IRLS stops on the deviance criterion, so the estimate
        // is log 3 only to about 1e-11 (R glm gives 1.0986122886651419, log 3 = 1.0986122886681098)
        LogisticRegression fit = LogisticRegression.fit(new double[4][0], new int[] {1, 1, 0, 1});
        assertEquals(Math.log(3), fit.coefficients()[0], 1e-9);
        assertEquals(0.75, fit.fitted()[2], 1e-12);
    }

    @Test
    void outcomesOtherThanZeroOrOneAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(new double[][] {{1}}, new int[] {2}));
    }
}
