package no.retthylle.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct covariate rows of two groups' cells (an arm and ordinary), for the propensity
 * model: cells of either group, with either outcome, that share their covariates are one
 * binomial row of the model, with the arm's persons as events and both groups' persons as
 * trials. The model has the same likelihood and, from the same start, the same iterates as on
 * the cells ({@link LogisticRegression#fit(double[][], double[], double[], double[])}), with
 * fewer rows: the outcome and the group do not split a covariate pattern.
 *
 * <p>Patterns are numbered in order of first appearance, the arm's cells first, so the rows do
 * not depend on hashing. Covariates match by exact equality ({@link Arrays#equals(double[], double[])}),
 * which holds for equal recorded values and for a column's imputed mean.
 */
final class CovariatePatterns {

    private final double[][] columns;
    private final int count;
    private final int[] armPattern;
    private final int[] ordinaryPattern;

    private CovariatePatterns(List<double[]> rows, int[] armPattern, int[] ordinaryPattern) {
        this.count = rows.size();
        this.columns = LogisticRegression.byColumns(rows.toArray(double[][]::new), rows.isEmpty() ? 0 : rows.get(0).length);
        this.armPattern = armPattern;
        this.ordinaryPattern = ordinaryPattern;
    }

    /** The patterns of both groups' cells; the groups must have the same columns. */
    static CovariatePatterns of(Cells arm, Cells ordinary) {
        Map<Key, Integer> index = new HashMap<>();
        List<double[]> rows = new ArrayList<>();
        int[] armPattern = number(arm, index, rows);
        int[] ordinaryPattern = number(ordinary, index, rows);
        return new CovariatePatterns(rows, armPattern, ordinaryPattern);
    }

    private static int[] number(Cells cells, Map<Key, Integer> index, List<double[]> rows) {
        double[][] covariates = cells.rows();
        int[] pattern = new int[covariates.length];
        for (int i = 0; i < covariates.length; i++) {
            double[] row = covariates[i];
            pattern[i] = index.computeIfAbsent(new Key(row), k -> {
                rows.add(row);
                return rows.size() - 1;
            });
        }
        return pattern;
    }

    /** The patterns' covariates by columns: {@code columns()[j][p]} is covariate j of pattern p (shared, not copied). */
    double[][] columns() {
        return columns;
    }

    /** The number of patterns. */
    int patterns() {
        return count;
    }

    /** The pattern of ordinary's cell {@code i}. */
    int ofOrdinaryCell(int i) {
        return ordinaryPattern[i];
    }

    /** The arm's persons per pattern, for counts of the arm's cells (the model's events). */
    double[] armPersons(Cells arm) {
        return persons(arm, armPattern, new double[patterns()]);
    }

    /** Both groups' persons per pattern (the model's trials). */
    double[] allPersons(Cells arm, Cells ordinary) {
        return persons(ordinary, ordinaryPattern, persons(arm, armPattern, new double[patterns()]));
    }

    private static double[] persons(Cells cells, int[] pattern, double[] sums) {
        for (int i = 0; i < pattern.length; i++) {
            sums[pattern[i]] += cells.persons(i);
        }
        return sums;
    }

    /** A covariate row as a hash key, compared by value. */
    private record Key(double[] row) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(row, key.row);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(row);
        }
    }
}
