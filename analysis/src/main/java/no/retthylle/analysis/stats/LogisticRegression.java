package no.retthylle.analysis.stats;

import java.util.Arrays;

/**
 * Unpenalised logistic regression with an intercept by maximum likelihood, fitted as R
 * {@code glm(y ~ ., family = binomial)} fits it (R's {@code glm.fit} with its defaults).
 *
 * <p>Iteratively reweighted least squares (Newton–Raphson for the logit link), step by step as
 * R: start from μ = (y + ½)/2; in each iteration, with η = logit μ, w = μ(1 − μ) and the working
 * response z = η + (y − μ)/w, solve the weighted least squares of z on [1, X] (a QR
 * decomposition by modified Gram–Schmidt on √w·[1, X]), then η = [1, X]β and μ = e^η/(1 + e^η)
 * (η clamped to ±30 as R's C code). Converged when |D − D<sub>old</sub>| ÷ (|D| + 0.1) &lt; 10⁻⁸
 * for the deviance D = −2 Σ (y log μ + (1 − y) log(1 − μ)); at most 25 iterations.
 * R's step-halving never triggers for this link (μ is kept inside (0, 1)) and is left out.
 *
 * <p><b>Frequency weights.</b> Each row carries a prior weight nᵢ ≥ 0, the number of persons
 * with that covariate pattern and outcome ({@link Cells}); R {@code glm(..., weights = n)}. The
 * working weights become nᵢ·(dμ/dη)² ÷ μ(1 − μ) and the deviance Σ nᵢ·dᵢ, so every sum of the
 * fit is a sum over persons and the iterates equal those on the persons written out one row
 * each. The start stays the person-level μ = (y + ½)/2 (R's binomial {@code initialize} would
 * start aggregated data at (nᵢy + ½)/(nᵢ + 1); R reproduces this fit with
 * {@code mustart = (y + 0.5) / 2}, golden in {@code r/glm_weights.R}). A row with nᵢ = 0 is
 * left out of the fit, as R's {@code good <- weights > 0}, and of the boundary check below
 * (it stands for no person); its fitted value is still reported. Rows may also be binomial
 * (nᵢ persons of whom kᵢ have y = 1, {@link #fit(double[][], double[], double[], double[])}):
 * the persons of a row share x, so their terms in each least-squares step and in the deviance
 * add up to one row's, and the iterates are again the persons'.
 *
 * <p>Edge cases, as R: a column that is (numerically) a linear combination of the columns
 * before it (residual norm under 10⁻¹¹ of its own norm in the weighted QR, R's tolerance) is
 * aliased, gets coefficient NaN (R's {@code NA}) and is left out of the fit. Separation is not
 * an error: the iterations run on, usually without converging, and
 * {@link #fittedZeroOrOne()} reports R's warning "fitted probabilities numerically 0 or 1
 * occurred" (some μ within 10·ε of 0 or 1).
 *
 * @param coefficients intercept first, then one per column of X; NaN where aliased
 * @param fitted the fitted probabilities μ, one per row
 * @param converged whether the deviance criterion was met within 25 iterations
 * @param iterations the iterations run
 * @param deviance the residual deviance D
 * @param fittedZeroOrOne whether some fitted probability is numerically 0 or 1
 */
public record LogisticRegression(double[] coefficients, double[] fitted, boolean converged,
                                 int iterations, double deviance, boolean fittedZeroOrOne) {

    private static final int MAX_ITERATIONS = 25;
    private static final double EPSILON = 1e-8;
    private static final double ALIAS_TOLERANCE = 1e-11;
    private static final double ETA_LIMIT = 30;
    private static final double DBL_EPSILON = Math.ulp(1.0);
    private static final double BOUNDARY = 10 * DBL_EPSILON;

    /** Copies the arrays, so the record stays immutable. */
    public LogisticRegression {
        coefficients = coefficients.clone();
        fitted = fitted.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    /**
     * Fits P(y = 1 | x) = 1 ÷ (1 + e^−(β₀ + xβ)) with frequency weights: row i stands for
     * {@code n[i]} persons (all 1 for person-level data).
     *
     * @param x one row per covariate pattern, one column per covariate (no intercept column)
     * @param y the outcome, 0 or 1, one per row
     * @param n the persons per row, ≥ 0, at least one positive
     */
    public static LogisticRegression fit(double[][] x, int[] y, double[] n) {
        if (x.length != y.length || y.length != n.length || y.length == 0) {
            throw new IllegalArgumentException("need one row of x and one weight per y, at least one row");
        }
        double[] events = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("y must be 0 or 1, row " + i);
            }
            if (x[i].length != x[0].length) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " covariates, row 0 has " + x[0].length);
            }
            events[i] = y[i] * n[i];
        }
        return fit(byColumns(x, x[0].length), events, n, null);
    }

    /** Rows of {@code width} covariates as the columns {@link #fit(double[][], double[], double[], double[])} takes. */
    static double[][] byColumns(double[][] rows, int width) {
        double[][] columns = new double[width][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < width; j++) {
                columns[j][i] = rows[i][j];
            }
        }
        return columns;
    }

    /**
     * Fits the model on binomial rows: row i stands for {@code trials[i]} persons with its
     * covariates, {@code events[i]} of them with y = 1 (R
     * {@code glm(cbind(events, trials − events) ~ x, family = binomial)}). The iterates are
     * those of the persons written out one row each, as for {@link #fit(double[][], int[], double[])}:
     * with the person-level start the first step is the persons' (see the class comment), and
     * the deviance is the persons' −2 log-likelihood, not R's grouped-binomial deviance (which
     * is smaller by the saturated model's constant and so would stop at another iteration).
     *
     * @param columns X by columns: {@code columns[j][i]} is covariate j of row i (no intercept column)
     * @param start the coefficients to start from (NaN taken as 0), or null for the
     *     person-level start μ = (y + ½)/2; a start near the solution (a bootstrap resample
     *     started at the original fit) needs fewer iterations to the same maximum
     */
    static LogisticRegression fit(double[][] columns, double[] events, double[] trials, double[] start) {
        return new Irls(columns, events, trials).run(start);
    }

    /** R's {@code logit_linkinv}: e^η/(1 + e^η), with η beyond ±30 held at ε and 1/ε. */
    private static double inverseLink(double eta) {
        double t = eta < -ETA_LIMIT ? DBL_EPSILON : eta > ETA_LIMIT ? 1 / DBL_EPSILON : Math.exp(eta);
        return t / (1 + t);
    }

    /** R's {@code logit_mu_eta}: dμ/dη, ε beyond ±30. */
    private static double derivative(double eta) {
        if (eta < -ETA_LIMIT || eta > ETA_LIMIT) {
            return DBL_EPSILON;
        }
        double opexp = 1 + Math.exp(eta);
        return Math.exp(eta) / (opexp * opexp);
    }

    /**
     * One fit: the rows with persons, by columns with the intercept first, and the buffers
     * the iterations reuse. Rows without persons (nᵢ = 0) are left out and only get a fitted
     * value at the end.
     */
    private static final class Irls {

        private final double[][] x;
        private final int rows;
        private final double[][] columns;
        private final double[] events;
        private final double[] trials;
        private final double persons;
        private final double[] eta;
        private final double[] mu;
        private final double[] z;
        private final double[] w;

        Irls(double[][] x, double[] events, double[] trials) {
            int rows = events.length;
            if (trials.length != rows || rows == 0 || Arrays.stream(x).anyMatch(column -> column.length != rows)) {
                throw new IllegalArgumentException("need a value of each covariate, an event count and a weight per row, at least one row");
            }
            int active = 0;
            double total = 0;
            for (int i = 0; i < rows; i++) {
                if (!(trials[i] >= 0) || !(events[i] >= 0 && events[i] <= trials[i])) {
                    throw new IllegalArgumentException("row " + i + ": need weight ≥ 0 and 0 ≤ events ≤ weight");
                }
                active += trials[i] > 0 ? 1 : 0;
                total += trials[i];
            }
            if (total == 0) {
                throw new IllegalArgumentException("need a positive weight");
            }
            this.x = x;
            this.rows = rows;
            this.persons = total;
            this.columns = new double[x.length + 1][];
            this.events = new double[active];
            this.trials = new double[active];
            int[] kept = new int[active];
            for (int i = 0, r = 0; i < rows; i++) {
                if (trials[i] > 0) {
                    kept[r] = i;
                    this.events[r] = events[i];
                    this.trials[r++] = trials[i];
                }
            }
            columns[0] = new double[active];
            Arrays.fill(columns[0], 1);
            for (int j = 0; j < x.length; j++) {
                columns[j + 1] = new double[active];
                for (int r = 0; r < active; r++) {
                    columns[j + 1][r] = x[j][kept[r]];
                }
            }
            eta = new double[active];
            mu = new double[active];
            z = new double[active];
            w = new double[active];
        }

        LogisticRegression run(double[] start) {
            double devOld;
            if (start == null) {
                personLevelStart();
                devOld = 2 * persons * -Math.log(0.75);
            } else {
                predict(start);
                devOld = deviance();
            }
            double dev = devOld;
            double[] beta = new double[columns.length];
            boolean converged = false;
            int iteration = 0;
            while (!converged && iteration < MAX_ITERATIONS) {
                if (iteration > 0 || start != null) {
                    workingResponseAndWeights();
                }
                iteration++;
                beta = weightedLeastSquares();
                predict(beta);
                dev = deviance();
                converged = Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON;
                devOld = dev;
            }
            return new LogisticRegression(beta, fittedForEveryRow(beta), converged, iteration, dev, atBoundary());
        }

        /**
         * The first step's z and √w from R's start μ = (y + ½)/2 for every person, summed per
         * row: the persons of a row share x, so their least-squares terms add up to one term
         * with weight Σ wᵢ and response Σ wᵢzᵢ ÷ Σ wᵢ (wᵢ, zᵢ of a person with y = 1 or 0).
         */
        private void personLevelStart() {
            double eta1 = Math.log(0.75 / (1 - 0.75));
            double eta0 = Math.log(0.25 / (1 - 0.25));
            double z1 = eta1 + (1 - 0.75) / derivative(eta1);
            double z0 = eta0 + (0 - 0.25) / derivative(eta0);
            double w1 = derivative(eta1) * derivative(eta1) / (0.75 * (1 - 0.75));
            double w0 = derivative(eta0) * derivative(eta0) / (0.25 * (1 - 0.25));
            for (int r = 0; r < z.length; r++) {
                double ones = events[r] * w1;
                double zeros = (trials[r] - events[r]) * w0;
                z[r] = (ones * z1 + zeros * z0) / (ones + zeros);
                w[r] = Math.sqrt(ones + zeros);
            }
        }

        /**
         * R's working response z = η + (ȳ − μ) ÷ (dμ/dη) for the row's share ȳ = events ÷ n,
         * and √(n·(dμ/dη)² ÷ μ(1 − μ)): the persons' terms summed, as in {@link #personLevelStart}.
         */
        private void workingResponseAndWeights() {
            for (int r = 0; r < z.length; r++) {
                double d = derivative(eta[r]);
                z[r] = eta[r] + (events[r] / trials[r] - mu[r]) / d;
                w[r] = Math.sqrt(trials[r] * d * d / (mu[r] * (1 - mu[r])));
            }
        }

        /** η and μ of the rows in the fit. */
        private void predict(double[] beta) {
            Arrays.fill(eta, 0);
            addTerms(columns, beta, 0, eta);
            for (int r = 0; r < eta.length; r++) {
                mu[r] = inverseLink(eta[r]);
            }
        }

        /** μ of every row given, those without persons included. */
        private double[] fittedForEveryRow(double[] beta) {
            double[] fitted = new double[rows];
            Arrays.fill(fitted, Double.isNaN(beta[0]) ? 0 : beta[0]);
            addTerms(x, beta, 1, fitted);
            for (int i = 0; i < rows; i++) {
                fitted[i] = inverseLink(fitted[i]);
            }
            return fitted;
        }

        /** Adds βⱼ₊ₒ·xⱼ to η for each column j (o the offset of the columns' coefficients; NaN, aliased, adds nothing). */
        private static void addTerms(double[][] columns, double[] beta, int offset, double[] eta) {
            for (int j = 0; j < columns.length; j++) {
                double b = Double.isNaN(beta[j + offset]) ? 0 : beta[j + offset];
                double[] column = columns[j];
                for (int r = 0; r < eta.length; r++) {
                    eta[r] += column[r] * b;
                }
            }
        }

        /**
         * The persons' deviance −2 Σ (y log μ + (1 − y) log(1 − μ)), i.e. per row
         * −2 (events·log μ + (n − events)·log(1 − μ)) (R's {@code binomial()$dev.resids} of 0/1 persons).
         */
        private double deviance() {
            double sum = 0;
            for (int r = 0; r < mu.length; r++) {
                double ones = events[r];
                double zeros = trials[r] - events[r];
                sum += 2 * ((ones > 0 ? ones * -Math.log(mu[r]) : 0) + (zeros > 0 ? zeros * -Math.log(1 - mu[r]) : 0));
            }
            return sum;
        }

        private boolean atBoundary() {
            for (double m : mu) {
                if (m > 1 - BOUNDARY || m < BOUNDARY) {
                    return true;
                }
            }
            return false;
        }

        /** β minimising Σ wᵢ²(zᵢ − dᵢβ)², NaN for aliased columns. */
        private double[] weightedLeastSquares() {
            double[][] q = new double[columns.length][z.length];
            for (int j = 0; j < columns.length; j++) {
                for (int r = 0; r < z.length; r++) {
                    q[j][r] = columns[j][r] * w[r];
                }
            }
            double[] target = new double[z.length];
            for (int r = 0; r < z.length; r++) {
                target[r] = z[r] * w[r];
            }
            return LeastSquares.solve(q, target, ALIAS_TOLERANCE);
        }
    }
}
