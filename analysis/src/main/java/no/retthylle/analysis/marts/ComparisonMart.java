package no.retthylle.analysis.marts;

import static no.retthylle.analysis.marts.MartRows.count;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.retthylle.analysis.marts.ComparisonPersons.ArmPersons;
import no.retthylle.analysis.stats.AdjustedRiskDifference;
import no.retthylle.analysis.stats.Cells;
import no.retthylle.analysis.stats.CovariateMatrix;
import no.retthylle.analysis.stats.FisherExact;
import no.retthylle.analysis.stats.Ipw;
import no.retthylle.analysis.stats.Proportion;
import no.retthylle.analysis.stats.RiskDifference;
import no.retthylle.analysis.stats.RiskRatio;
import no.retthylle.analysis.stats.StandardisedMeanDifference;
import no.retthylle.analysis.tables.BalanceTable;
import no.retthylle.analysis.tables.ComparisonTable;
import no.retthylle.analysis.tables.ComparisonTable.Arm;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/**
 * {@code comparison.csv} and {@code balance.csv}: n and n_job per arm from
 * {@code mart_comparison.sql} (aggregated in Spark) with the Wilson interval, risk
 * difference, risk ratio and Fisher test against ordinary; the covariate-adjusted risk
 * difference and the balance from the covariate patterns ({@link ComparisonPersons}: cells
 * of persons with equal covariates and outcome, counted in Spark; no person-level rows are
 * collected).
 *
 * <p>For each arm against ordinary the covariates are prepared on the cells of those two
 * arms only ({@link CovariateMatrix}: mean imputation over persons and missing indicators),
 * arm cells first, then {@link AdjustedRiskDifference#bootstrap} fits the model and its
 * seeded bootstrap with the persons per cell as frequency weights. Edge cases: an arm without persons has no row; when ordinary has no persons,
 * every contrast column is empty (Fisher included, though R would give p = 1 for a table
 * with an empty row) and the warning says an arm is under 30 persons, since no model can be
 * fitted. Balance is computed for mentor_any against ordinary with the weights of that
 * model's main fit; without persons on either side it has no rows.
 */
public final class ComparisonMart {

    public static final String MODEL = "mart/mart_comparison";

    /** Both tables of one computation. */
    public record Tables(ComparisonTable comparison, BalanceTable balance) {
    }

    private ComparisonMart() {
    }

    /** The tables over the shared models. */
    public static Tables compute(SqlModels models) {
        Map<Arm, Proportion> jobs = new EnumMap<>(Arm.class);
        for (Row row : MartRows.collect(models, MODEL)) {
            jobs.put(Arm.fromLabel(row.getAs(ComparisonTable.ARM)),
                    Proportion.wilson(count(row, ComparisonTable.N_JOB), count(row, ComparisonTable.N)));
        }
        Map<Arm, ArmPersons> persons = ComparisonPersons.byArm(MartRows.collect(models, ComparisonPersons.MODEL));
        Proportion ordinary = jobs.getOrDefault(Arm.ORDINARY, Proportion.wilson(0, 0));
        List<ComparisonTable.Row> rows = new ArrayList<>();
        jobs.forEach((arm, job) -> rows.add(new ComparisonTable.Row(arm, job, arm == Arm.ORDINARY
                ? Optional.empty()
                : Optional.of(contrast(job, ordinary, persons.get(arm), persons.get(Arm.ORDINARY))))));
        return new Tables(new ComparisonTable(rows),
                balance(persons.get(Arm.MENTOR_ANY), persons.get(Arm.ORDINARY)));
    }

    private static ComparisonTable.Contrast contrast(Proportion arm, Proportion ordinary,
            ArmPersons armPersons, ArmPersons ordinaryPersons) {
        long x1 = arm.successes();
        long n1 = arm.trials();
        long x0 = ordinary.successes();
        long n0 = ordinary.trials();
        double fisherP = n0 == 0 ? Double.NaN : FisherExact.twoSidedP(
                Math.toIntExact(x1), Math.toIntExact(n1), Math.toIntExact(x0), Math.toIntExact(n0));
        Prepared x = Prepared.of(armPersons, ordinaryPersons);
        AdjustedRiskDifference adjusted = AdjustedRiskDifference.bootstrap(x.arm(), x.ordinary());
        return new ComparisonTable.Contrast(RiskDifference.newcombe(x1, n1, x0, n0),
                RiskRatio.logMethod(x1, n1, x0, n0), fisherP, adjusted);
    }

    private static BalanceTable balance(ArmPersons any, ArmPersons ordinary) {
        if (any.size() == 0 || ordinary.size() == 0) {
            return new BalanceTable(List.of());
        }
        Prepared x = Prepared.of(any, ordinary);
        double[] weights = Ipw.estimate(x.arm(), x.ordinary()).ordinaryWeights();
        List<BalanceTable.Row> rows = new ArrayList<>();
        for (int j = 0; j < x.names().size(); j++) {
            double[] armColumn = column(x.arm(), j);
            double[] ordinaryColumn = column(x.ordinary(), j);
            rows.add(new BalanceTable.Row(x.names().get(j),
                    StandardisedMeanDifference.unweighted(armColumn, any.persons(), ordinaryColumn, ordinary.persons()),
                    StandardisedMeanDifference.weighted(armColumn, any.persons(), ordinaryColumn, ordinary.persons(),
                            weights)));
        }
        return new BalanceTable(rows);
    }

    private static double[] column(Cells cells, int j) {
        double[] column = new double[cells.cells()];
        for (int i = 0; i < column.length; i++) {
            column[i] = cells.covariates(i)[j];
        }
        return column;
    }

    /** The covariates of an arm and ordinary, prepared together and split again into cells. */
    private record Prepared(List<String> names, Cells arm, Cells ordinary) {

        static Prepared of(ArmPersons arm, ArmPersons ordinary) {
            int c1 = arm.cells();
            int c = c1 + ordinary.cells();
            double[][] raw = new double[c][];
            System.arraycopy(arm.covariates(), 0, raw, 0, c1);
            System.arraycopy(ordinary.covariates(), 0, raw, c1, ordinary.cells());
            int[] persons = new int[c];
            System.arraycopy(arm.persons(), 0, persons, 0, c1);
            System.arraycopy(ordinary.persons(), 0, persons, c1, ordinary.cells());
            CovariateMatrix matrix = CovariateMatrix.withMissingIndicators(ComparisonPersons.COVARIATES, raw, persons);
            return new Prepared(matrix.names(), Cells.of(matrix.rows(0, c1), arm.jobs(), arm.persons()),
                    Cells.of(matrix.rows(c1, c), ordinary.jobs(), ordinary.persons()));
        }
    }
}
