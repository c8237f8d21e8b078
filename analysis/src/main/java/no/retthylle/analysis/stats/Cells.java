package no.retthylle.analysis.stats;

/**
 * Persons collapsed to covariate patterns: one row per cell of persons with the same covariate
 * values and the same 0/1 outcome, with the number of persons in it (a frequency weight).
 * Every statistic that takes cells gives the same result as on the persons written out row by
 * row (each cell repeated as often as it has persons), because each is a sum over persons:
 * Σ over persons of f(xᵢ, yᵢ) = Σ over cells of nₖ·f(xₖ, yₖ).
 *
 * <p>Edge cases: a cell may have 0 persons (a bootstrap resample that drew none of them); it
 * then contributes nothing anywhere. No cells, or only empty ones, is an empty group.
 * Immutable: the arrays are copied in and never handed out.
 */
public final class Cells {

    private final double[][] covariates;
    private final int[] outcomes;
    private final int[] persons;
    private final long total;

    private Cells(double[][] covariates, int[] outcomes, int[] persons) {
        if (covariates.length != outcomes.length || outcomes.length != persons.length) {
            throw new IllegalArgumentException("need one covariate row, outcome and count per cell");
        }
        long sum = 0;
        for (int i = 0; i < persons.length; i++) {
            if (persons[i] < 0 || (outcomes[i] != 0 && outcomes[i] != 1)) {
                throw new IllegalArgumentException("cell " + i + ": persons ≥ 0 and outcome 0 or 1 needed");
            }
            sum += persons[i];
        }
        this.covariates = covariates;
        this.outcomes = outcomes;
        this.persons = persons;
        this.total = sum;
    }

    /**
     * @param covariates one row per cell, one value per covariate
     * @param outcomes the cell's outcome, 0 or 1
     * @param persons the number of persons in the cell, ≥ 0
     */
    public static Cells of(double[][] covariates, int[] outcomes, int[] persons) {
        double[][] copy = new double[covariates.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = covariates[i].clone();
        }
        return new Cells(copy, outcomes.clone(), persons.clone());
    }

    /** The same cells with other counts, e.g. a bootstrap resample's; rows are shared, not copied. */
    Cells withPersons(int[] counts) {
        return new Cells(covariates, outcomes, counts.clone());
    }

    /** The number of cells (rows). */
    public int cells() {
        return outcomes.length;
    }

    /** The number of persons, Σ nₖ. */
    public long persons() {
        return total;
    }

    /** The covariates of cell {@code i}, a copy. */
    public double[] covariates(int i) {
        return covariates[i].clone();
    }

    /** The persons of cell {@code i}. */
    public int persons(int i) {
        return persons[i];
    }

    /** The rows, shared (callers in this package do not modify them). */
    double[][] rows() {
        return covariates;
    }

    int outcome(int i) {
        return outcomes[i];
    }

    /** The share of persons with outcome 1: Σ nₖyₖ ÷ Σ nₖ; NaN without persons. */
    double rate() {
        long events = 0;
        for (int i = 0; i < outcomes.length; i++) {
            events += (long) persons[i] * outcomes[i];
        }
        return total == 0 ? Double.NaN : (double) events / total;
    }
}
