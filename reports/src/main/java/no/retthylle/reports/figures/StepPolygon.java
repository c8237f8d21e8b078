package no.retthylle.reports.figures;

/**
 * The outline of a band between two step functions, as XChart's PolygonArea draws it: along the
 * upper steps forward, then the lower steps back. A step function holds its value v_i on
 * [t_i, t_(i+1)) and jumps at t_(i+1), so its path is (t_0, v_0), (t_1, v_0), (t_1, v_1), …,
 * (t_m, v_(m−1)), (t_m, v_m).
 */
final class StepPolygon {

    private StepPolygon() {
    }

    /** {@code {xs, ys}} of the closed outline; the inputs are of equal length m + 1 ≥ 1. */
    static double[][] band(double[] t, double[] low, double[] high) {
        int m = t.length - 1;
        int side = 2 * m + 1;
        double[] xs = new double[2 * side];
        double[] ys = new double[2 * side];
        for (int i = 0; i < side; i++) {
            int step = (i + 1) / 2;
            int value = i / 2;
            xs[i] = t[step];
            ys[i] = high[value];
            xs[2 * side - 1 - i] = t[step];
            ys[2 * side - 1 - i] = low[value];
        }
        return new double[][] {xs, ys};
    }
}
