package no.retthylle.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Covariates of the persons of the two arms compared, ready for the propensity model
 * (metrics.md, Adjustment): a missing value (NaN; the caller maps {@code unknown} to NaN) takes
 * the mean of the column's other values over persons, and each column with any missing value
 * gets a 0/1 indicator column {@code <name>_missing} (1 where the value was missing). Rows are
 * cells ({@link Cells}) of nₖ persons each, so the mean is Σ nₖxₖ ÷ Σ nₖ over the cells where
 * the value is present, as over the persons written out. Means and indicators are over the
 * rows given, which must be the cells of both arms compared.
 *
 * <p>Columns keep their order; indicator columns follow all covariates, in column order. Edge
 * case: a column missing for every person carries no information (its mean is undefined and its
 * indicator would be constant) and is dropped with no indicator. A cell without persons is
 * ignored for the means and for whether a column has a missing value; it is still prepared.
 *
 * @param names column names, covariates then indicators
 * @param values one row per cell (or person), one value per name
 */
public record CovariateMatrix(List<String> names, double[][] values) {

    private static final String MISSING_SUFFIX = "_missing";

    /** Copies the inputs, so the record stays immutable. */
    public CovariateMatrix {
        names = List.copyOf(names);
        values = deepCopy(values);
    }

    @Override
    public double[][] values() {
        return deepCopy(values);
    }

    /**
     * The matrix with missing values imputed and indicator columns added.
     *
     * @param raw one row per cell, one value per name, NaN = missing
     * @param persons the persons of each cell (all 1 for person-level rows)
     */
    public static CovariateMatrix withMissingIndicators(List<String> names, double[][] raw, int[] persons) {
        if (raw.length != persons.length) {
            throw new IllegalArgumentException("one count of persons per row");
        }
        List<String> outNames = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        List<String> indicatorNames = new ArrayList<>();
        List<double[]> indicators = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            double[] column = column(raw, j);
            double[] missing = new double[raw.length];
            double sum = 0;
            long present = 0;
            long absent = 0;
            for (int i = 0; i < raw.length; i++) {
                missing[i] = Double.isNaN(column[i]) ? 1 : 0;
                absent += missing[i] == 1 ? persons[i] : 0;
                present += missing[i] == 1 ? 0 : persons[i];
                sum += missing[i] == 1 ? 0 : persons[i] * column[i];
            }
            if (present > 0) {
                impute(column, missing, sum / present);
                outNames.add(names.get(j));
                columns.add(column);
            }
            if (present > 0 && absent > 0) {
                indicatorNames.add(names.get(j) + MISSING_SUFFIX);
                indicators.add(missing);
            }
        }
        outNames.addAll(indicatorNames);
        columns.addAll(indicators);
        return new CovariateMatrix(outNames, rows(columns, raw.length));
    }

    private static void impute(double[] column, double[] missing, double mean) {
        for (int i = 0; i < column.length; i++) {
            column[i] = missing[i] == 1 ? mean : column[i];
        }
    }

    /** The rows from {@code from} (inclusive) to {@code to} (exclusive), e.g. one arm's cells. */
    public double[][] rows(int from, int to) {
        double[][] out = new double[to - from][];
        for (int i = from; i < to; i++) {
            out[i - from] = values[i].clone();
        }
        return out;
    }

    private static double[] column(double[][] raw, int j) {
        double[] column = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            column[i] = raw[i][j];
        }
        return column;
    }

    private static double[][] rows(List<double[]> columns, int n) {
        double[][] out = new double[n][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            for (int i = 0; i < n; i++) {
                out[i][j] = columns.get(j)[i];
            }
        }
        return out;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
