package no.retthylle.analysis.stats;

/**
 * Linear least squares min ‖t − Aβ‖ by a QR decomposition (modified Gram–Schmidt), for the
 * small dense systems of {@link LogisticRegression} (p ≤ ~12 columns).
 *
 * <p>Columns are taken in order; a column whose residual after projecting out the kept columns
 * has a norm below {@code tolerance} times its own norm (or is all zero) is aliased, as in R's
 * {@code dqrdc2} (used by {@code lm} and {@code glm}): its coefficient is NaN and it is left
 * out, so the earliest linearly independent columns are kept, as R keeps them.
 */
final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * Works in place: the caller's arrays become the decomposition's (each kept column is
     * overwritten by its column of Q, {@code target} by the residual), so a caller that builds
     * them afresh for each solve, as each IRLS step does, pays for no copy.
     *
     * @param columns A by columns: {@code columns[j][i]} is row i of column j; overwritten
     * @param target t, one value per row; overwritten
     * @return β, one per column, NaN for aliased columns
     */
    static double[] solve(double[][] columns, double[] target, double tolerance) {
        int p = columns.length;
        double[][] q = new double[p][];
        double[][] r = new double[p][p];
        double[] qt = new double[p];
        double[] t = target;
        boolean[] aliased = new boolean[p];
        for (int j = 0; j < p; j++) {
            double[] v = columns[j];
            double original = norm(v);
            for (int k = 0; k < j; k++) {
                if (!aliased[k]) {
                    r[k][j] = dot(q[k], v);
                    subtract(v, r[k][j], q[k]);
                }
            }
            double residual = norm(v);
            aliased[j] = original == 0 || residual < tolerance * original;
            if (!aliased[j]) {
                r[j][j] = residual;
                q[j] = scale(v, 1 / residual);
                qt[j] = dot(q[j], t);
                subtract(t, qt[j], q[j]);
            }
        }
        return backSubstitute(r, qt, aliased);
    }

    private static double[] backSubstitute(double[][] r, double[] qt, boolean[] aliased) {
        int p = qt.length;
        double[] beta = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            if (aliased[j]) {
                beta[j] = Double.NaN;
                continue;
            }
            double sum = qt[j];
            for (int k = j + 1; k < p; k++) {
                if (!aliased[k]) {
                    sum -= r[j][k] * beta[k];
                }
            }
            beta[j] = sum / r[j][j];
        }
        return beta;
    }

    /** Σ aᵢbᵢ in four interleaved partial sums (independent additions run in parallel on the CPU). */
    private static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void subtract(double[] v, double factor, double[] q) {
        for (int i = 0; i < v.length; i++) {
            v[i] -= factor * q[i];
        }
    }

    /** Multiplies v by factor in place and returns it. */
    private static double[] scale(double[] v, double factor) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
        return v;
    }
}
