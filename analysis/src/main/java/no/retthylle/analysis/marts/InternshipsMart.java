package no.retthylle.analysis.marts;

import static no.retthylle.analysis.marts.MartRows.count;
import static no.retthylle.analysis.marts.MartRows.ratio;

import java.util.Map;
import no.retthylle.analysis.stats.Median;
import no.retthylle.analysis.tables.GroupKey;
import no.retthylle.analysis.tables.InternshipsTable;
import no.retthylle.analysis.tables.Share;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/**
 * {@code internships.csv} from {@code mart_internships.sql} (numerators and denominators
 * per group) and {@code mart_internship_durations.sql} (how many internships lasted each
 * number of days per group, from which the median is taken here).
 */
public final class InternshipsMart {

    public static final String MODEL = "mart/mart_internships";
    public static final String DURATIONS_MODEL = "mart/mart_internship_durations";
    static final String THREE_MONTHS = "three_months";
    static final String FTE_GIVEN = "fte_given";
    static final String FULL_TIME = "full_time";
    static final String TRAINING_PLAN_GIVEN = "training_plan_given";
    static final String TRAINING_PLAN = "training_plan";
    static final String MENTOR_AT_HOST_GIVEN = "mentor_at_host_given";
    static final String MENTOR_AT_HOST = "mentor_at_host";
    static final String ENDED = "ended";
    static final String ENDED_WITH_JOB = "ended_with_job";
    static final String DAYS = "days";
    static final String OCCURRENCES = "occurrences";

    private InternshipsMart() {
    }

    /** The table over the shared models; without internships it has no rows. */
    public static InternshipsTable compute(SqlModels models) {
        Map<GroupKey, Map<Long, Long>> durations =
                MartRows.valueCounts(MartRows.collect(models, DURATIONS_MODEL), DAYS, OCCURRENCES);
        return new InternshipsTable(MartRows.collect(models, MODEL).stream()
                .map(mart -> row(mart, durations.getOrDefault(MartRows.group(mart), Map.of())))
                .toList());
    }

    private static InternshipsTable.Row row(Row mart, Map<Long, Long> durations) {
        long n = count(mart, InternshipsTable.N);
        return new InternshipsTable.Row(MartRows.group(mart), n, Median.ofCounts(durations),
                ratio(count(mart, THREE_MONTHS), n),
                new Share(count(mart, FULL_TIME), count(mart, FTE_GIVEN)),
                new Share(count(mart, TRAINING_PLAN), count(mart, TRAINING_PLAN_GIVEN)),
                new Share(count(mart, MENTOR_AT_HOST), count(mart, MENTOR_AT_HOST_GIVEN)),
                new Share(count(mart, ENDED_WITH_JOB), count(mart, ENDED)));
    }
}
