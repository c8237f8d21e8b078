package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.retthylle.analysis.stats.AdjustedRiskDifference;
import no.retthylle.analysis.stats.Proportion;
import no.retthylle.analysis.stats.RiskDifference;
import no.retthylle.analysis.stats.RiskRatio;

/**
 * {@code comparison.csv}: the share with a relevant job within the follow-up per arm of the
 * comparison population, with its Wilson interval, and for each arm other than ordinary its
 * contrast against ordinary (metrics spec, "Comparison with the ordinary introduction
 * programme"). One row per arm with persons, in {@link Arm} order; the ordinary row leaves
 * the contrast columns empty.
 */
public record ComparisonTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "comparison.csv";
    public static final String ARM = "arm";
    public static final String N = "n";
    public static final String N_JOB = "n_job";
    public static final String RATE = "rate";
    public static final String CI_LOW = "ci_low";
    public static final String CI_HIGH = "ci_high";
    public static final String RD = "rd";
    public static final String RD_LOW = "rd_low";
    public static final String RD_HIGH = "rd_high";
    public static final String RR = "rr";
    public static final String RR_LOW = "rr_low";
    public static final String RR_HIGH = "rr_high";
    public static final String FISHER_P = "fisher_p";
    public static final String RD_ADJ = "rd_adj";
    public static final String RD_ADJ_LOW = "rd_adj_low";
    public static final String RD_ADJ_HIGH = "rd_adj_high";
    public static final String WARNING = "warning";
    public static final List<String> COLUMNS = List.of(ARM, N, N_JOB, RATE, CI_LOW, CI_HIGH,
            RD, RD_LOW, RD_HIGH, RR, RR_LOW, RR_HIGH, FISHER_P, RD_ADJ, RD_ADJ_LOW, RD_ADJ_HIGH, WARNING);

    /** An arm of the comparison, declared in output order. */
    public enum Arm {
        MENTOR_INTERNSHIP, MENTOR_ONLY,
        /** The union of mentor_internship and mentor_only. */
        MENTOR_ANY,
        /** The ordinary introduction programme: the reference of every contrast. */
        ORDINARY;

        /** The name in the {@code arm} column, e.g. {@code mentor_any}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The arm an {@code arm} cell names; any other text is an IllegalArgumentException. */
        public static Arm fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * An arm against ordinary.
     *
     * @param rd risk difference with the Newcombe interval
     * @param rr risk ratio by the log method
     * @param fisherP two-sided Fisher exact p-value; NaN when ordinary has no persons
     * @param adjusted the covariate-adjusted risk difference, bootstrap interval and warnings
     */
    public record Contrast(RiskDifference rd, RiskRatio rr, double fisherP, AdjustedRiskDifference adjusted) {
    }

    /**
     * One arm.
     *
     * @param job persons with a relevant job within the follow-up (n_job) ÷ persons (n)
     * @param againstOrdinary empty for ordinary itself
     */
    public record Row(Arm arm, Proportion job, Optional<Contrast> againstOrdinary) {
    }

    public ComparisonTable {
        rows = rows.stream().sorted(Comparator.comparing(Row::arm)).toList();
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<List<String>> cells() {
        return rows.stream().map(ComparisonTable::cells).toList();
    }

    private static List<String> cells(Row r) {
        List<String> cells = new ArrayList<>(List.of(r.arm().label(), count(r.job().trials()),
                count(r.job().successes()), fraction(r.job().rate()), fraction(r.job().low()),
                fraction(r.job().high())));
        cells.addAll(r.againstOrdinary().map(ComparisonTable::contrastCells)
                .orElse(List.of("", "", "", "", "", "", "", "", "", "", "")));
        return cells;
    }

    private static List<String> contrastCells(Contrast c) {
        return List.of(fraction(c.rd().estimate()), fraction(c.rd().low()), fraction(c.rd().high()),
                fraction(c.rr().estimate()), fraction(c.rr().low()), fraction(c.rr().high()),
                fraction(c.fisherP()), fraction(c.adjusted().estimate()), fraction(c.adjusted().low()),
                fraction(c.adjusted().high()), c.adjusted().warningText());
    }
}
