package no.retthylle.analysis.marts;

import static no.retthylle.analysis.marts.MartRows.count;
import static no.retthylle.analysis.tables.GoalsTable.ACHIEVED;
import static no.retthylle.analysis.tables.GoalsTable.NOT_ACHIEVED;
import static no.retthylle.analysis.tables.GoalsTable.N_GOALS;
import static no.retthylle.analysis.tables.GoalsTable.OPEN;
import static no.retthylle.analysis.tables.GoalsTable.PARTLY;

import no.retthylle.analysis.tables.GoalsTable;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/** {@code goals.csv} from {@code mart_goals.sql}, with rate_achieved = achieved ÷ (n_goals − open). */
public final class GoalsMart {

    public static final String MODEL = "mart/mart_goals";

    private GoalsMart() {
    }

    /** The table over the shared models; without goals of persons with a mentor spell it has no rows. */
    public static GoalsTable compute(SqlModels models) {
        return new GoalsTable(MartRows.collect(models, MODEL).stream().map(GoalsMart::row).toList());
    }

    private static GoalsTable.Row row(Row mart) {
        long goals = count(mart, N_GOALS);
        long achieved = count(mart, ACHIEVED);
        long open = count(mart, OPEN);
        return new GoalsTable.Row(MartRows.group(mart), goals, achieved, count(mart, PARTLY),
                count(mart, NOT_ACHIEVED), open, MartRows.ratio(achieved, goals - open));
    }
}
