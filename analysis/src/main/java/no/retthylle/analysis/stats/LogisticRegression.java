package no.retthylle.analysis.stats;

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
 * (it stands for no person); its fitted value is still reported.
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
        double[][] design = withIntercept(x, y, n);
        int rows = y.length;
        double[] mu = new double[rows];
        double[] eta = new double[rows];
        for (int i = 0; i < rows; i++) {
            eta[i] = Math.log((y[i] + 0.5) / 2 / (1 - (y[i] + 0.5) / 2));
            mu[i] = inverseLink(eta[i]);
        }
        double devOld = deviance(y, mu, n);
        double dev = devOld;
        double[] beta = new double[design[0].length];
        boolean converged = false;
        int iteration = 0;
        while (!converged && iteration < MAX_ITERATIONS) {
            iteration++;
            beta = weightedLeastSquares(design, workingResponse(eta, mu, y), weights(eta, mu, n));
            for (int i = 0; i < rows; i++) {
                eta[i] = linearPredictor(design[i], beta);
                mu[i] = inverseLink(eta[i]);
            }
            dev = deviance(y, mu, n);
            converged = Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON;
            devOld = dev;
        }
        return new LogisticRegression(beta, mu, converged, iteration, dev, atBoundary(mu, n));
    }

    private static double[][] withIntercept(double[][] x, int[] y, double[] n) {
        if (x.length != y.length || y.length != n.length || y.length == 0) {
            throw new IllegalArgumentException("need one row of x and one weight per y, at least one row");
        }
        double total = 0;
        double[][] design = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if ((y[i] != 0 && y[i] != 1) || !(n[i] >= 0)) {
                throw new IllegalArgumentException("y must be 0 or 1 and the weight ≥ 0, row " + i);
            }
            total += n[i];
            design[i] = new double[x[0].length + 1];
            design[i][0] = 1;
            System.arraycopy(x[i], 0, design[i], 1, x[0].length);
        }
        if (total == 0) {
            throw new IllegalArgumentException("need a positive weight");
        }
        return design;
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

    private static double[] workingResponse(double[] eta, double[] mu, int[] y) {
        double[] z = new double[eta.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = eta[i] + (y[i] - mu[i]) / derivative(eta[i]);
        }
        return z;
    }

    /** √(n·(dμ/dη)² ÷ μ(1 − μ)), R's square-root working weights with prior weights n. */
    private static double[] weights(double[] eta, double[] mu, double[] n) {
        double[] w = new double[eta.length];
        for (int i = 0; i < w.length; i++) {
            double d = derivative(eta[i]);
            w[i] = n[i] == 0 ? 0 : Math.sqrt(n[i] * d * d / (mu[i] * (1 - mu[i])));
        }
        return w;
    }

    private static double linearPredictor(double[] row, double[] beta) {
        double eta = 0;
        for (int j = 0; j < row.length; j++) {
            eta += Double.isNaN(beta[j]) ? 0 : row[j] * beta[j];
        }
        return eta;
    }

    /** R's {@code binomial()$dev.resids}, summed: 2 Σ n (y log(y/μ) + (1−y) log((1−y)/(1−μ))). */
    private static double deviance(int[] y, double[] mu, double[] n) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            if (n[i] > 0) {
                sum += 2 * n[i] * (y[i] == 1 ? -Math.log(mu[i]) : -Math.log(1 - mu[i]));
            }
        }
        return sum;
    }

    private static boolean atBoundary(double[] mu, double[] n) {
        for (int i = 0; i < mu.length; i++) {
            if (n[i] > 0 && (mu[i] > 1 - BOUNDARY || mu[i] < BOUNDARY)) {
                return true;
            }
        }
        return false;
    }

    /** β minimising Σ wᵢ²(zᵢ − dᵢβ)², NaN for aliased columns. */
    private static double[] weightedLeastSquares(double[][] design, double[] z, double[] w) {
        int n = design.length;
        int p = design[0].length;
        double[][] q = new double[p][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                q[j][i] = design[i][j] * w[i];
            }
        }
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = z[i] * w[i];
        }
        return LeastSquares.solve(q, target, ALIAS_TOLERANCE);
    }
}
