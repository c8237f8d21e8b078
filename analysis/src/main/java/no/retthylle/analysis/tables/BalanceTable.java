package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.List;

/**
 * {@code balance.csv}: the standardised mean difference of each covariate of the propensity
 * model between mentor_any and ordinary, before and after weighting ordinary by
 * e ÷ (1 − e) from the mentor_any-vs-ordinary model (metrics spec, "Comparison with the
 * ordinary introduction programme").
 *
 * <p>Covariates in model order: {@code female}, {@code age_at_arrival}, {@code education},
 * {@code nokut_yes}, {@code norwegian}, {@code arrival_year} (missing values imputed by
 * the mean of the two arms), then a 0/1 indicator {@code <covariate>_missing} (e.g.
 * {@code education_missing}) for each covariate with any missing value. A covariate missing
 * for every person is left out. An SMD that is not defined (a constant covariate, an arm
 * under 2 persons) is empty. Without persons in mentor_any or in ordinary the table has no
 * rows.
 */
public record BalanceTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "balance.csv";
    public static final String COVARIATE = "covariate";
    public static final String SMD_BEFORE = "smd_before";
    public static final String SMD_AFTER = "smd_after";
    public static final List<String> COLUMNS = List.of(COVARIATE, SMD_BEFORE, SMD_AFTER);

    /** One covariate; NaN where the SMD is not defined. */
    public record Row(String covariate, double smdBefore, double smdAfter) {
    }

    public BalanceTable {
        rows = List.copyOf(rows);
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
        return rows.stream().map(r -> List.of(r.covariate(), fraction(r.smdBefore()),
                fraction(r.smdAfter()))).toList();
    }
}
