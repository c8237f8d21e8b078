package no.retthylle.analysis.marts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.analysis.tables.FunnelTable;
import no.retthylle.analysis.tables.FunnelTable.Stage;
import no.retthylle.analysis.tables.GroupKey;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/**
 * {@code funnel.csv} from {@code mart_funnel.sql}: fills in the stages a group did not
 * reach (n = 0) and computes each conversion from the stage before.
 */
public final class FunnelMart {

    public static final String MODEL = "mart/mart_funnel";

    private FunnelMart() {
    }

    /** The table over the shared models; without anyone reaching a stage it has no rows. */
    public static FunnelTable compute(SqlModels models) {
        Map<GroupKey, Map<Stage, Long>> reached = new HashMap<>();
        for (Row mart : MartRows.collect(models, MODEL)) {
            reached.computeIfAbsent(MartRows.group(mart), g -> new EnumMap<>(Stage.class))
                    .put(Stage.fromLabel(mart.getAs(FunnelTable.STAGE)), MartRows.count(mart, FunnelTable.N));
        }
        List<FunnelTable.Row> rows = new ArrayList<>();
        reached.forEach((group, counts) -> rows.addAll(stages(group, counts)));
        return new FunnelTable(rows);
    }

    /** Every stage of one group in order, with n ÷ n of the stage before (NaN for the first). */
    private static List<FunnelTable.Row> stages(GroupKey group, Map<Stage, Long> counts) {
        List<FunnelTable.Row> rows = new ArrayList<>();
        long before = 0;
        for (Stage stage : Stage.values()) {
            long n = counts.getOrDefault(stage, 0L);
            double conversion = stage.ordinal() == 0 ? Double.NaN : MartRows.ratio(n, before);
            rows.add(new FunnelTable.Row(group, stage, n, conversion));
            before = n;
        }
        return rows;
    }
}
