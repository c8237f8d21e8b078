package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.retthylle.analysis.stats.PairedScores;

/**
 * {@code skills.csv}: per group (all, cohort, arm of the persons with a mentor spell) and
 * skill dimension, the persons with both a baseline and a final score: means, mean change,
 * share improved and the paired Wilcoxon p-value (metrics spec, "Skill goals"). A dimension
 * without pairs in a group has no row. Rows are kept in group order, then dimension order.
 */
public record SkillsTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "skills.csv";
    public static final String DIMENSION = "dimension";
    public static final String N_PAIRS = "n_pairs";
    public static final String MEAN_BASELINE = "mean_baseline";
    public static final String MEAN_FINAL = "mean_final";
    public static final String MEAN_CHANGE = "mean_change";
    public static final String SHARE_IMPROVED = "share_improved";
    public static final String WILCOXON_P = "wilcoxon_p";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP,
            DIMENSION, N_PAIRS, MEAN_BASELINE, MEAN_FINAL, MEAN_CHANGE, SHARE_IMPROVED, WILCOXON_P);

    /** A skill dimension of the assessments, declared in output order (the records spec's). */
    public enum Dimension {
        NETWORK, JOB_QUALIFICATION, CAREER_LEARNING;

        /** The name in the {@code dimension} column, e.g. {@code job_qualification}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The dimension a {@code dimension} cell names; any other text is an IllegalArgumentException. */
        public static Dimension fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /** One group and dimension: the summary of its (baseline, final) pairs. */
    public record Row(GroupKey group, Dimension dimension, PairedScores scores) {
    }

    public SkillsTable {
        rows = rows.stream()
                .sorted(Comparator.comparing(Row::group).thenComparing(Row::dimension))
                .toList();
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
        return rows.stream().map(r -> List.of(r.group().type().label(), r.group().group(),
                r.dimension().label(), count(r.scores().pairs()), fraction(r.scores().meanBaseline()),
                fraction(r.scores().meanFinal()), fraction(r.scores().meanChange()),
                fraction(r.scores().shareImproved()), fraction(r.scores().wilcoxonP()))).toList();
    }
}
