package no.retthylle.analysis.marts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.retthylle.analysis.tables.ComparisonTable;
import no.retthylle.analysis.tables.ComparisonTable.Arm;
import org.apache.spark.sql.Row;

/**
 * The comparison population as the propensity model sees it: the columns of
 * {@code int_comparison_persons} / {@code mart_comparison_covariates} and, per arm, its
 * covariate patterns as plain arrays (numbers only, no identifiers).
 *
 * <p>No person-level row leaves Spark: the mart groups the persons by arm, outcome and
 * covariate values and counts them, and the driver collects these cells (at most tens of
 * thousands at 1,000,000 persons, since every covariate is discrete). The propensity model,
 * its bootstrap and the balance take the counts as frequency weights
 * ({@link no.retthylle.analysis.stats.Cells}), which gives the same numbers as one row per
 * person.
 */
final class ComparisonPersons {

    static final String MODEL = "mart/mart_comparison_covariates";
    static final String JOB = "job";
    static final String FEMALE = "female";
    static final String AGE_AT_ARRIVAL = "age_at_arrival";
    static final String EDUCATION = "education";
    static final String NOKUT_YES = "nokut_yes";
    static final String NORWEGIAN = "norwegian";
    static final String ARRIVAL_YEAR = "arrival_year";
    /** The persons in the cell ({@code count(*)}). */
    static final String PERSONS = "persons";
    /** The covariates of the propensity model, in model order. */
    static final List<String> COVARIATES =
            List.of(FEMALE, AGE_AT_ARRIVAL, EDUCATION, NOKUT_YES, NORWEGIAN, ARRIVAL_YEAR);

    private ComparisonPersons() {
    }

    /**
     * One arm's cells.
     *
     * @param covariates one row per cell, one value per {@link #COVARIATES}; NaN = missing
     * @param jobs 1 with a relevant job within the follow-up, else 0
     * @param persons the persons in each cell, ≥ 1
     */
    record ArmPersons(double[][] covariates, int[] jobs, int[] persons) {

        /** The number of cells. */
        int cells() {
            return jobs.length;
        }

        /** The number of persons. */
        long size() {
            long sum = 0;
            for (int n : persons) {
                sum += n;
            }
            return sum;
        }
    }

    /**
     * Splits the collected cells by arm: every {@link Arm}, empty where the arm has no
     * persons. mentor_any holds mentor_internship's cells, then mentor_only's (a pattern may
     * occur in both; it then stays two cells, which weigh the same as one with their sum).
     */
    static Map<Arm, ArmPersons> byArm(List<Row> rows) {
        Map<Arm, List<Row>> split = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            split.put(arm, new ArrayList<>());
        }
        for (Row row : rows) {
            split.get(Arm.fromLabel(row.getAs(ComparisonTable.ARM))).add(row);
        }
        split.get(Arm.MENTOR_ANY).addAll(split.get(Arm.MENTOR_INTERNSHIP));
        split.get(Arm.MENTOR_ANY).addAll(split.get(Arm.MENTOR_ONLY));
        Map<Arm, ArmPersons> persons = new EnumMap<>(Arm.class);
        split.forEach((arm, armRows) -> persons.put(arm, persons(armRows)));
        return persons;
    }

    private static ArmPersons persons(List<Row> rows) {
        double[][] covariates = new double[rows.size()][COVARIATES.size()];
        int[] jobs = new int[rows.size()];
        int[] persons = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            jobs[i] = row.<Integer>getAs(JOB);
            persons[i] = Math.toIntExact(MartRows.count(row, PERSONS));
            for (int j = 0; j < COVARIATES.size(); j++) {
                Double value = row.getAs(COVARIATES.get(j));
                covariates[i][j] = value == null ? Double.NaN : value;
            }
        }
        return new ArmPersons(covariates, jobs, persons);
    }
}
