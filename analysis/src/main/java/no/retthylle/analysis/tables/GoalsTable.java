package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.Comparator;
import java.util.List;

/**
 * {@code goals.csv}: per group (all, cohort, arm of the persons with a mentor spell) the
 * SMART goals of its persons by status, and rate_achieved = achieved ÷ (n_goals − open),
 * empty when every goal is open (metrics spec, "Skill goals"). Rows are kept in group order.
 */
public record GoalsTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "goals.csv";
    public static final String N_GOALS = "n_goals";
    public static final String ACHIEVED = "achieved";
    public static final String PARTLY = "partly";
    public static final String NOT_ACHIEVED = "not_achieved";
    public static final String OPEN = "open";
    public static final String RATE_ACHIEVED = "rate_achieved";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP,
            N_GOALS, ACHIEVED, PARTLY, NOT_ACHIEVED, OPEN, RATE_ACHIEVED);

    /** One group: goal counts by status, which add up to nGoals; rateAchieved NaN when none is closed. */
    public record Row(GroupKey group, long nGoals, long achieved, long partly, long notAchieved,
            long open, double rateAchieved) {
    }

    public GoalsTable {
        rows = rows.stream().sorted(Comparator.comparing(Row::group)).toList();
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
                count(r.nGoals()), count(r.achieved()), count(r.partly()), count(r.notAchieved()),
                count(r.open()), fraction(r.rateAchieved()))).toList();
    }
}
