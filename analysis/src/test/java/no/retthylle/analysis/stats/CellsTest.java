package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The cell form against person-level goldens from {@code r/cells.R}: 400 persons (150 in the
 * arm) collapsed by R into 45 cells (arm, job, female, education with NaN = missing, n); the
 * goldens are R's computations on the 400 person rows. The script also checks that R's glm on
 * the cells with {@code weights = n} equals its person-level glm.
 */
class CellsTest {

    private static final double[][] FIXTURE = RGolden.matrix("cells_fixture.csv", 0, 5);
    private static final double[] GOLDEN = RGolden.matrix("cells_golden.csv", 0, 13)[0];
    private static final List<String> NAMES = List.of("female", "education");

    /** The prepared covariates of all cells, arm cells first (the fixture's order). */
    private static CovariateMatrix prepared() {
        double[][] raw = Arrays.stream(FIXTURE).map(r -> Arrays.copyOfRange(r, 2, 4)).toArray(double[][]::new);
        return CovariateMatrix.withMissingIndicators(NAMES, raw, persons(0, FIXTURE.length));
    }

    private static int armCells() {
        return (int) Arrays.stream(FIXTURE).filter(r -> r[0] == 1).count();
    }

    private static int[] persons(int from, int to) {
        return Arrays.stream(FIXTURE, from, to).mapToInt(r -> (int) r[4]).toArray();
    }

    private static Cells cells(int from, int to) {
        int[] jobs = Arrays.stream(FIXTURE, from, to).mapToInt(r -> (int) r[1]).toArray();
        return Cells.of(prepared().rows(from, to), jobs, persons(from, to));
    }

    @Test
    void theFixtureHas400PersonsIn45Cells() {
        Cells all = cells(0, FIXTURE.length);
        assertEquals(GOLDEN[0], all.cells());
        assertEquals(400, all.persons());
        assertEquals(150, cells(0, armCells()).persons());
    }

    @Test
    void missingEducationTakesThePersonMean() {
        CovariateMatrix m = prepared();
        assertEquals(List.of("female", "education", "education_missing"), m.names());
        // cell 0 is (arm 1, job 0, female 0, education missing), 2 persons
        assertEquals(GOLDEN[1], m.values()[0][1], 1e-12);
        assertEquals(1.0, m.values()[0][2]);
    }

    @Test
    void propensityModelAndAdjustedDifferenceEqualThePersonLevelOnes() {
        int c1 = armCells();
        Ipw ipw = Ipw.estimate(cells(0, c1), cells(c1, FIXTURE.length));
        assertEquals(GOLDEN[8], ipw.armRate(), 1e-12);
        assertEquals(GOLDEN[9], ipw.weightedOrdinaryRate(), 1e-10);
        assertEquals(GOLDEN[10], ipw.estimate(), 1e-10);
        assertEquals(GOLDEN[11], ipw.minPropensity(), 1e-10);
        assertEquals(GOLDEN[12], ipw.maxPropensity(), 1e-10);
    }

    @Test
    void weightedFitEqualsRsPersonLevelGlm() {
        Cells all = cells(0, FIXTURE.length);
        int[] arm = Arrays.stream(FIXTURE).mapToInt(r -> (int) r[0]).toArray();
        LogisticRegression fit = LogisticRegression.fit(all.rows(), arm,
                Arrays.stream(persons(0, FIXTURE.length)).asDoubleStream().toArray());
        for (int j = 0; j < 4; j++) {
            assertEquals(GOLDEN[2 + j], fit.coefficients()[j], 1e-9, "term " + j);
        }
        assertEquals(GOLDEN[6], fit.deviance(), 1e-9);
        assertEquals((int) GOLDEN[7], fit.iterations());
    }

    @Test
    void theFitOnDistinctCovariatePatternsEqualsRsPersonLevelGlm() {
        // cells of either arm and either outcome with equal (female, education) form one
        // binomial row: fewer rows, the same fit, iteration for iteration
        int c1 = armCells();
        Cells arm = cells(0, c1);
        Cells ordinary = cells(c1, FIXTURE.length);
        CovariatePatterns patterns = CovariatePatterns.of(arm, ordinary);
        long distinct = Arrays.stream(FIXTURE).map(r -> Arrays.toString(Arrays.copyOfRange(r, 2, 4))).distinct().count();
        assertEquals(distinct, patterns.patterns());
        LogisticRegression fit = LogisticRegression.fit(patterns.columns(), patterns.armPersons(arm),
                patterns.allPersons(arm, ordinary), null);
        for (int j = 0; j < 4; j++) {
            assertEquals(GOLDEN[2 + j], fit.coefficients()[j], 1e-9, "term " + j);
        }
        assertEquals(GOLDEN[6], fit.deviance(), 1e-9);
        assertEquals((int) GOLDEN[7], fit.iterations());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/r/cells_smd.csv", numLinesToSkip = 1)
    void balanceEqualsThePersonLevelSmd(String covariate, double before, double after) {
        int c1 = armCells();
        int j = List.of("female", "education", "education_missing").indexOf(covariate);
        double[][] x = prepared().values();
        double[] arm = Arrays.stream(x, 0, c1).mapToDouble(r -> r[j]).toArray();
        double[] ordinary = Arrays.stream(x, c1, x.length).mapToDouble(r -> r[j]).toArray();
        double[] weights = Ipw.estimate(cells(0, c1), cells(c1, FIXTURE.length)).ordinaryWeights();
        int[] n1 = persons(0, c1);
        int[] n0 = persons(c1, FIXTURE.length);
        assertEquals(before, StandardisedMeanDifference.unweighted(arm, n1, ordinary, n0), 1e-12);
        assertEquals(after, StandardisedMeanDifference.weighted(arm, n1, ordinary, n0, weights), 1e-10);
    }
}
