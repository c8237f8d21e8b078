package no.retthylle.analysis.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Kaplan–Meier survival curve from counts per distinct time, with Greenwood variance and the
 * log-log 95 % interval, as R {@code survfit(Surv(time, status) ~ 1, conf.type = "log-log")}.
 *
 * <p>At the i-th distinct time t<sub>i</sub> (ascending) with n<sub>i</sub> at risk,
 * d<sub>i</sub> events and c<sub>i</sub> censorings (events come before censorings at a tied
 * time, so the censored persons still count as at risk):
 * <ul>
 *   <li>n<sub>i+1</sub> = n<sub>i</sub> − d<sub>i</sub> − c<sub>i</sub>;
 *   <li>S(t<sub>i</sub>) = ∏<sub>j ≤ i</sub> (1 − d<sub>j</sub>/n<sub>j</sub>);
 *   <li>se = √(Σ<sub>j ≤ i</sub> d<sub>j</sub> ÷ (n<sub>j</sub>(n<sub>j</sub> − d<sub>j</sub>)))
 *       (Greenwood, on the log scale: R's {@code std.err});
 *   <li>interval S<sup>exp(−z·se/log S)</sup> … S<sup>exp(z·se/log S)</sup>, z = Φ⁻¹(0.975).
 * </ul>
 * Edge cases, all as R: where S = 1 (no event yet, or all censored) or S = 0 (every one at
 * risk had the event) both bounds are {@link Double#NaN}; a time with only censorings repeats
 * the previous survival and interval. Times with neither events nor censorings are not
 * allowed. Persons at risk beyond the last time (n larger than all counts) are allowed.
 */
public final class KaplanMeier {

    private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
    /** R {@code quantile.survfit}'s default tolerance, {@code sqrt(.Machine$double.eps)}. */
    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    /** One row of the curve: counts at t and S(t) with its interval. */
    public record Step(double time, long atRisk, long events, long censored,
                       double survival, double low, double high) {
    }

    private final List<Step> steps;

    private KaplanMeier(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * The curve for persons all at risk from time 0.
     *
     * @param atRiskAtStart persons at risk at the start, ≥ the sum of all events and censorings
     * @param times distinct times, strictly ascending (days from the origin, may be 0)
     * @param events events at each time
     * @param censored censorings at each time
     */
    public static KaplanMeier fit(long atRiskAtStart, double[] times, long[] events, long[] censored) {
        validate(atRiskAtStart, times, events, censored);
        List<Step> steps = new ArrayList<>(times.length);
        long atRisk = atRiskAtStart;
        double survival = 1;
        double greenwood = 0;
        for (int i = 0; i < times.length; i++) {
            long d = events[i];
            survival *= 1 - (double) d / atRisk;
            greenwood += (double) d / ((double) atRisk * (atRisk - d));
            double se = Math.sqrt(greenwood);
            steps.add(new Step(times[i], atRisk, d, censored[i], survival,
                    bound(survival, se, -Z), bound(survival, se, Z)));
            atRisk -= d + censored[i];
        }
        return new KaplanMeier(steps);
    }

    private static void validate(long atRisk, double[] times, long[] events, long[] censored) {
        if (times.length != events.length || times.length != censored.length) {
            throw new IllegalArgumentException("times, events and censored differ in length");
        }
        long left = atRisk;
        for (int i = 0; i < times.length; i++) {
            if (i > 0 && !(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("times must be strictly ascending at index " + i);
            }
            if (events[i] < 0 || censored[i] < 0 || events[i] + censored[i] == 0) {
                throw new IllegalArgumentException("need events, censorings >= 0, not both 0, at index " + i);
            }
            left -= events[i] + censored[i];
        }
        if (left < 0) {
            throw new IllegalArgumentException("more events and censorings than persons at risk");
        }
    }

    /** S^exp(zSigned · se / log S); NaN where S is 1 or 0, as R. */
    private static double bound(double survival, double se, double zSigned) {
        if (survival <= 0 || survival >= 1) {
            return Double.NaN;
        }
        double log = Math.log(survival);
        return Math.exp(log * Math.exp(zSigned * se / log));
    }

    /** The steps, one per distinct time, in time order. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * The median survival time as R {@code quantile(fit, 0.5)}: the first time S ≤ 0.5; where
     * S equals 0.5 (within √ε) on a flat stretch, the mid-point between the time it reached 0.5
     * and the time of the next drop, or the last time if there is no further drop.
     * NaN when S never reaches 0.5 (including an empty curve).
     */
    public double median() {
        List<double[]> levels = distinctLevels();
        double last = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).time();
        double p = 0.5;
        double[] top = levels.get(levels.size() - 1);
        if (top[1] < p) {
            return Double.NaN;
        }
        double reached = firstTimeAtLeast(levels, p - TOLERANCE);
        if (Math.abs(p - top[1]) < TOLERANCE) {
            return (reached + last) / 2;
        }
        return (reached + firstTimeAtLeast(levels, p + TOLERANCE)) / 2;
    }

    /** Pairs (time, 1 − S) where 1 − S first takes each of its values, starting at (0, 0). */
    private List<double[]> distinctLevels() {
        List<double[]> levels = new ArrayList<>();
        levels.add(new double[] {0, 0});
        for (Step step : steps) {
            double level = 1 - step.survival();
            if (level != levels.get(levels.size() - 1)[1]) {
                levels.add(new double[] {step.time(), level});
            }
        }
        return levels;
    }

    private static double firstTimeAtLeast(List<double[]> levels, double level) {
        for (double[] l : levels) {
            if (l[1] >= level) {
                return l[0];
            }
        }
        throw new IllegalStateException("level " + level + " is never reached");
    }

    /**
     * 1 − S(t): the probability of the event by time t (S is 1 before the first time).
     * NaN when t is after the last time of the curve, or the curve is empty.
     */
    public double probabilityOfEventBy(double t) {
        if (steps.isEmpty() || t > steps.get(steps.size() - 1).time()) {
            return Double.NaN;
        }
        double survival = 1;
        for (Step step : steps) {
            if (step.time() > t) {
                break;
            }
            survival = step.survival();
        }
        return 1 - survival;
    }
}
