package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.Comparator;
import java.util.List;
import no.retthylle.analysis.stats.KaplanMeier;

/**
 * {@code time_to_job.csv}: the Kaplan–Meier curve of the time from a person's origin to the
 * first relevant job, per group (all, arm), one row per distinct time with an event or a
 * censoring (metrics spec, "Time to relevant job"). n_risk counts the persons still at risk
 * just before t (R {@code fit$n.risk}); survival is S(t) with its log-log interval, empty
 * where S is 1 or 0. Rows are kept in group order, then time order; a table without persons
 * has no rows.
 */
public record TimeToJobTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "time_to_job.csv";
    public static final String T_DAYS = "t_days";
    public static final String N_RISK = "n_risk";
    public static final String N_EVENT = "n_event";
    public static final String N_CENSOR = "n_censor";
    public static final String SURVIVAL = "survival";
    public static final String CI_LOW = "ci_low";
    public static final String CI_HIGH = "ci_high";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP,
            T_DAYS, N_RISK, N_EVENT, N_CENSOR, SURVIVAL, CI_LOW, CI_HIGH);

    /** One step of a group's curve; its time is a whole number of days. */
    public record Row(GroupKey group, KaplanMeier.Step step) {
    }

    public TimeToJobTable {
        rows = rows.stream()
                .sorted(Comparator.comparing(Row::group).thenComparingDouble(r -> r.step().time()))
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
                count((long) r.step().time()), count(r.step().atRisk()), count(r.step().events()),
                count(r.step().censored()), fraction(r.step().survival()), fraction(r.step().low()),
                fraction(r.step().high()))).toList();
    }
}
