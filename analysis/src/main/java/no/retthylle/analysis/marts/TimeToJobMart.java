package no.retthylle.analysis.marts;

import static no.retthylle.analysis.marts.MartRows.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.retthylle.analysis.stats.KaplanMeier;
import no.retthylle.analysis.tables.GroupKey;
import no.retthylle.analysis.tables.TimeToJobSummaryTable;
import no.retthylle.analysis.tables.TimeToJobTable;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/**
 * {@code time_to_job.csv} and {@code time_to_job_summary.csv} from {@code mart_time_to_job.sql}:
 * Spark counts the events and censorings per group and distinct time; here each group's
 * persons at risk (the sum of its counts) and its {@link KaplanMeier} curve are added.
 * No person-level row reaches the driver.
 */
public final class TimeToJobMart {

    public static final String MODEL = "mart/mart_time_to_job";
    /** The days at which the summary gives 1 − S(t). */
    static final int[] HORIZONS_DAYS = {180, 365, 730};

    /** Both tables of one computation: the curves and their summary. */
    public record Tables(TimeToJobTable curves, TimeToJobSummaryTable summary) {
    }

    private TimeToJobMart() {
    }

    /** The tables over the shared models; without persons in any group they have no rows. */
    public static Tables compute(SqlModels models) {
        Map<GroupKey, List<Row>> byGroup = MartRows.collect(models, MODEL).stream()
                .collect(Collectors.groupingBy(MartRows::group, TreeMap::new, Collectors.toList()));
        List<TimeToJobTable.Row> steps = new ArrayList<>();
        List<TimeToJobSummaryTable.Row> summaries = new ArrayList<>();
        byGroup.forEach((group, rows) -> {
            GroupCurve curve = GroupCurve.of(rows);
            curve.fit().steps().forEach(step -> steps.add(new TimeToJobTable.Row(group, step)));
            summaries.add(curve.summary(group));
        });
        return new Tables(new TimeToJobTable(steps), new TimeToJobSummaryTable(summaries));
    }

    /** One group's counts and curve. */
    private record GroupCurve(long persons, long events, KaplanMeier fit) {

        /** The curve of a group's mart rows, one per distinct time, in any order. */
        static GroupCurve of(List<Row> rows) {
            List<Row> byTime = rows.stream()
                    .sorted(Comparator.comparingInt(GroupCurve::days)).toList();
            double[] times = new double[byTime.size()];
            long[] events = new long[byTime.size()];
            long[] censored = new long[byTime.size()];
            long persons = 0;
            long eventTotal = 0;
            for (int i = 0; i < times.length; i++) {
                times[i] = days(byTime.get(i));
                events[i] = count(byTime.get(i), TimeToJobTable.N_EVENT);
                censored[i] = count(byTime.get(i), TimeToJobTable.N_CENSOR);
                persons += events[i] + censored[i];
                eventTotal += events[i];
            }
            return new GroupCurve(persons, eventTotal, KaplanMeier.fit(persons, times, events, censored));
        }

        private static int days(Row row) {
            return row.<Integer>getAs(TimeToJobTable.T_DAYS);
        }

        TimeToJobSummaryTable.Row summary(GroupKey group) {
            return new TimeToJobSummaryTable.Row(group, persons, events, fit.median(),
                    fit.probabilityOfEventBy(HORIZONS_DAYS[0]), fit.probabilityOfEventBy(HORIZONS_DAYS[1]),
                    fit.probabilityOfEventBy(HORIZONS_DAYS[2]));
        }
    }
}
