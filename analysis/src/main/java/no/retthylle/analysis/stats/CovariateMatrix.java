package no.retthylle.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Covariates of the persons of the two arms compared, ready for the propensity model
 * (metrics.md, Adjustment): a missing value (NaN; the caller maps {@code unknown} to NaN) takes
 * the mean of the column's other values, and each column with any missing value gets a 0/1
 * indicator column {@code <name>_missing} (1 where the value was missing). Means and
 * indicators are over the rows given, which must be the persons of both arms compared.
 *
 * <p>Columns keep their order; indicator columns follow all covariates, in column order. Edge
 * case: a column missing for every row carries no information (its mean is undefined and its
 * indicator would be constant) and is dropped with no indicator.
 *
 * @param names column names, covariates then indicators
 * @param values one row per person, one value per name
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

    /** The matrix with missing values imputed and indicator columns added. */
    public static CovariateMatrix withMissingIndicators(List<String> names, double[][] raw) {
        List<String> outNames = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        List<String> indicatorNames = new ArrayList<>();
        List<double[]> indicators = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            double[] column = column(raw, j);
            double[] missing = new double[raw.length];
            double sum = 0;
            int present = 0;
            for (int i = 0; i < raw.length; i++) {
                if (Double.isNaN(column[i])) {
                    missing[i] = 1;
                } else {
                    sum += column[i];
                    present++;
                }
            }
            if (present == 0) {
                continue;
            }
            if (present < raw.length) {
                for (int i = 0; i < raw.length; i++) {
                    column[i] = missing[i] == 1 ? sum / present : column[i];
                }
                indicatorNames.add(names.get(j) + MISSING_SUFFIX);
                indicators.add(missing);
            }
            outNames.add(names.get(j));
            columns.add(column);
        }
        outNames.addAll(indicatorNames);
        columns.addAll(indicators);
        return new CovariateMatrix(outNames, rows(columns, raw.length));
    }

    /** The rows from {@code from} (inclusive) to {@code to} (exclusive), e.g. one arm's persons. */
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
