package no.retthylle.analysis.marts;

import static no.retthylle.analysis.marts.MartRows.count;

import java.util.HashMap;
import java.util.Map;
import no.retthylle.analysis.stats.PairedScores;
import no.retthylle.analysis.tables.GroupKey;
import no.retthylle.analysis.tables.SkillsTable;
import no.retthylle.analysis.tables.SkillsTable.Dimension;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/**
 * {@code skills.csv} from {@code mart_skills.sql}. The mart hands over, per group and
 * dimension, how many persons have each (baseline, final) score combination: no person ids,
 * at most 25 rows per group and dimension since scores are 1–5. That is all the means and
 * the Wilcoxon signed-rank test (a rank test of the differences) need.
 */
public final class SkillsMart {

    public static final String MODEL = "mart/mart_skills";
    static final String BASELINE_SCORE = "baseline_score";
    static final String FINAL_SCORE = "final_score";
    static final String PERSONS = "persons";

    private record GroupDimension(GroupKey group, Dimension dimension) {
    }

    private SkillsMart() {
    }

    /** The table over the shared models; without score pairs it has no rows. */
    public static SkillsTable compute(SqlModels models) {
        Map<GroupDimension, PairedScores.Accumulator> pairs = new HashMap<>();
        for (Row mart : MartRows.collect(models, MODEL)) {
            GroupDimension key = new GroupDimension(MartRows.group(mart),
                    Dimension.fromLabel(mart.getAs(SkillsTable.DIMENSION)));
            pairs.computeIfAbsent(key, k -> new PairedScores.Accumulator()).add(
                    mart.<Integer>getAs(BASELINE_SCORE), mart.<Integer>getAs(FINAL_SCORE), count(mart, PERSONS));
        }
        return new SkillsTable(pairs.entrySet().stream()
                .map(e -> new SkillsTable.Row(e.getKey().group(), e.getKey().dimension(), e.getValue().result()))
                .toList());
    }
}
