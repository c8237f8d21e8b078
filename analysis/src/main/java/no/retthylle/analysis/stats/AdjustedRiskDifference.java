package no.retthylle.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Covariate-adjusted risk difference of an arm against ordinary ({@link Ipw}) with a
 * percentile bootstrap 95 % interval and the warnings of metrics.md (Adjustment).
 *
 * <p><b>Bootstrap:</b> {@value #RESAMPLES} resamples; in each, n₁ persons are drawn with
 * replacement from the arm and n₀ from ordinary (each arm separately), the propensity model is
 * refitted and rd_adj recomputed. Each refit starts from the main fit's coefficients when that
 * fit converged (R's {@code glm} would start each from μ = (y + ½)/2): the same maximum, in
 * about half the iterations; a refit that fails from there is fitted again from R's start
 * ({@link #refit}). The persons come as cells ({@link Cells}); drawing n persons
 * with replacement from an arm and counting how many land in each cell gives cell counts
 * distributed Multinomial(n, (n₁ ÷ n, …, n_C ÷ n)) for cell frequencies nₖ, and since every
 * statistic depends on the persons only through these counts, a resample is the same cells
 * with multinomial counts (cells drawn 0 times drop out of the fit). The counts are drawn by
 * exactly that: the persons are numbered 0 … n − 1 by cell, n uniform numbers are drawn
 * (Commons RNG's {@code UniformRandomProvider.nextInt(n)}, unbiased) and each person drawn
 * adds one to their cell. O(n) constant-time draws per resample, against O(cells) for each
 * of the model's iterations.
 *
 * <p>Seeds: a {@link SplittableRandom} seeded with {@value #SEED} gives one seed per resample,
 * in order; resample b draws the arm's counts, then ordinary's, from a generator of its own
 * seed. Resamples run on {@value #THREADS} threads (a fork-join pool of their own), but each
 * writes only its own slot, so the result does not depend on scheduling and a run is
 * reproducible; R's RNG cannot be matched. Covariates are prepared once, on the original persons ({@link CovariateMatrix}).
 * The bounds are R {@code quantile(estimates, c(0.025, 0.975), type = 7)}: with the B
 * estimates sorted x₀ ≤ … ≤ x_{B−1} and h = (B − 1)p, x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋).
 * Every resample counts, whether or not its model converged (R's {@code glm} also returns its
 * last iterate).
 *
 * <p><b>Warnings:</b> {@link Warning#SMALL_ARM} when either arm has under 30 persons;
 * {@link Warning#EXTREME_PROPENSITY} when the propensity of a cell with persons in the main fit
 * lies outside [0.05, 0.95]; {@link Warning#NON_CONVERGENCE} when the main fit or at least one resample's
 * fit did not converge or had fitted probabilities numerically 0 or 1 (separation);
 * {@link #failedResamples()} counts such resamples. An empty arm gives NaN for the estimate and
 * the interval (no resampling), with {@code SMALL_ARM}.
 *
 * @param estimate rd_adj on the original persons
 * @param low the 2.5 % percentile of the bootstrap estimates
 * @param high the 97.5 % percentile
 * @param warnings the warnings raised, empty when none
 * @param failedResamples resamples whose model did not converge or separated
 */
public record AdjustedRiskDifference(double estimate, double low, double high, Set<Warning> warnings,
                                     int failedResamples) {

    /** The seed of the bootstrap's {@link SplittableRandom}. */
    public static final long SEED = 20_200_901L;
    /** The number of bootstrap resamples. */
    public static final int RESAMPLES = 2000;
    /** The threads the resamples run on. */
    public static final int THREADS = 2;
    private static final int MIN_ARM_SIZE = 30;
    private static final double MIN_PROPENSITY = 0.05;
    private static final double MAX_PROPENSITY = 0.95;

    /** Why an adjusted estimate should be read with care. */
    public enum Warning {
        SMALL_ARM("arm under 30 persons"),
        EXTREME_PROPENSITY("propensities outside [0.05, 0.95]"),
        NON_CONVERGENCE("propensity model did not converge");

        private final String text;

        Warning(String text) {
            this.text = text;
        }

        /** The text written to {@code comparison.csv}'s {@code warning} column. */
        public String text() {
            return text;
        }
    }

    /** Copies the warnings, so the record stays immutable. */
    public AdjustedRiskDifference {
        warnings = Set.copyOf(warnings);
    }

    /** The warnings joined by "; " in declaration order, empty when none. */
    public String warningText() {
        List<String> texts = new ArrayList<>();
        for (Warning w : Warning.values()) {
            if (warnings.contains(w)) {
                texts.add(w.text());
            }
        }
        return String.join("; ", texts);
    }

    /** The estimate with {@value #RESAMPLES} resamples seeded with {@value #SEED}. */
    public static AdjustedRiskDifference bootstrap(Cells arm, Cells ordinary) {
        return bootstrap(arm, ordinary, SEED, RESAMPLES);
    }

    /** The estimate with an explicit seed and number of resamples. */
    public static AdjustedRiskDifference bootstrap(Cells arm, Cells ordinary, long seed, int resamples) {
        EnumSet<Warning> warnings = EnumSet.noneOf(Warning.class);
        if (arm.persons() < MIN_ARM_SIZE || ordinary.persons() < MIN_ARM_SIZE) {
            warnings.add(Warning.SMALL_ARM);
        }
        if (arm.persons() == 0 || ordinary.persons() == 0) {
            return new AdjustedRiskDifference(Double.NaN, Double.NaN, Double.NaN, warnings, 0);
        }
        CovariatePatterns patterns = CovariatePatterns.of(arm, ordinary);
        Ipw.Fit main = Ipw.fit(patterns, arm, ordinary, null);
        if (main.ipw().minPropensity() < MIN_PROPENSITY || main.ipw().maxPropensity() > MAX_PROPENSITY) {
            warnings.add(Warning.EXTREME_PROPENSITY);
        }
        double[] start = main.ipw().modelConverged() ? main.coefficients() : null;
        Resamples fits = Resamples.fit(patterns, new Resampler(arm), new Resampler(ordinary), start,
                seeds(seed, resamples));
        if (!main.ipw().modelConverged() || fits.failed() > 0) {
            warnings.add(Warning.NON_CONVERGENCE);
        }
        return new AdjustedRiskDifference(main.ipw().estimate(), quantileType7(fits.sorted(), 0.025),
                quantileType7(fits.sorted(), 0.975), warnings, fits.failed());
    }

    /** The sorted estimates of the resamples and how many of their fits failed. */
    private record Resamples(double[] sorted, int failed) {

        static Resamples fit(CovariatePatterns patterns, Resampler arm, Resampler ordinary, double[] start,
                             long[] seeds) {
            double[] estimates = new double[seeds.length];
            boolean[] failed = new boolean[seeds.length];
            ForkJoinPool pool = new ForkJoinPool(THREADS);
            try {
                pool.submit(() -> IntStream.range(0, seeds.length).parallel().forEach(b -> {
                    UniformRandomProvider random = new SplittableRandom(seeds[b])::nextLong;
                    Ipw fit = refit(patterns, arm.draw(random), ordinary.draw(random), start);
                    estimates[b] = fit.estimate();
                    failed[b] = !fit.modelConverged();
                })).join();
            } finally {
                pool.shutdown();
            }
            Arrays.sort(estimates);
            return new Resamples(estimates, (int) IntStream.range(0, seeds.length).filter(b -> failed[b]).count());
        }
    }

    /**
     * A resample's estimate, its model started from {@code start}; when that fit fails (IRLS
     * without step-halving can diverge from a start far from the maximum, which a resample of
     * few persons may have), refitted from R's start, so a warm start never adds a failure.
     */
    static Ipw refit(CovariatePatterns patterns, Cells arm, Cells ordinary, double[] start) {
        Ipw warm = Ipw.fit(patterns, arm, ordinary, start).ipw();
        return warm.modelConverged() || start == null ? warm : Ipw.fit(patterns, arm, ordinary, null).ipw();
    }

    /** One seed per resample, in order, from a generator seeded with {@code seed}. */
    private static long[] seeds(long seed, int resamples) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] seeds = new long[resamples];
        for (int b = 0; b < resamples; b++) {
            seeds[b] = random.nextLong();
        }
        return seeds;
    }

    /**
     * Draws a group's cell counts with persons drawn with replacement: Multinomial(n, nₖ ÷ n).
     * Holds each person's cell, persons numbered by cell (n ints, no identifiers).
     */
    static final class Resampler {

        private final Cells cells;
        private final int[] cellOfPerson;

        Resampler(Cells cells) {
            this.cells = cells;
            this.cellOfPerson = new int[Math.toIntExact(cells.persons())];
            for (int k = 0, person = 0; k < cells.cells(); k++) {
                for (int i = 0; i < cells.persons(k); i++) {
                    cellOfPerson[person++] = k;
                }
            }
        }

        Cells draw(UniformRandomProvider random) {
            int[] counts = new int[cells.cells()];
            for (int i = 0; i < cellOfPerson.length; i++) {
                counts[cellOfPerson[random.nextInt(cellOfPerson.length)]]++;
            }
            return cells.withPersons(counts);
        }
    }

    /** R {@code quantile(x, p, type = 7)} of sorted x. */
    static double quantileType7(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
