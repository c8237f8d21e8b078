package no.retthylle.analysis.marts;

import static no.retthylle.analysis.marts.MartRows.count;
import static no.retthylle.analysis.marts.MartRows.ratio;

import java.util.Map;
import no.retthylle.analysis.stats.Median;
import no.retthylle.analysis.tables.GroupKey;
import no.retthylle.analysis.tables.MeetingsTable;
import no.retthylle.analysis.tables.Share;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/**
 * {@code meetings.csv} from {@code mart_meetings.sql} (counts per group) and
 * {@code mart_meeting_intervals.sql} (how often each gap between meeting dates occurs per
 * group, from which the median is taken here).
 */
public final class MeetingsMart {

    public static final String MODEL = "mart/mart_meetings";
    public static final String INTERVALS_MODEL = "mart/mart_meeting_intervals";
    static final String MEETING_NOS = "meeting_nos";
    static final String COMPLETED_SPELLS = "completed_spells";
    static final String COMPLETED_ALL_12 = "completed_all_12";
    static final String MINUTES_GIVEN = "minutes_given";
    static final String MINUTES_WRITTEN = "minutes_written";
    static final String DAYS = "days";
    static final String OCCURRENCES = "occurrences";

    private MeetingsMart() {
    }

    /** The table over the shared models; without mentor spells it has no rows. */
    public static MeetingsTable compute(SqlModels models) {
        Map<GroupKey, Map<Long, Long>> gaps =
                MartRows.valueCounts(MartRows.collect(models, INTERVALS_MODEL), DAYS, OCCURRENCES);
        return new MeetingsTable(MartRows.collect(models, MODEL).stream()
                .map(mart -> row(mart, gaps.getOrDefault(MartRows.group(mart), Map.of())))
                .toList());
    }

    private static MeetingsTable.Row row(Row mart, Map<Long, Long> gaps) {
        long spells = count(mart, MeetingsTable.N_SPELLS);
        return new MeetingsTable.Row(MartRows.group(mart), spells,
                ratio(count(mart, MEETING_NOS), spells),
                new Share(count(mart, COMPLETED_ALL_12), count(mart, COMPLETED_SPELLS)),
                Median.ofCounts(gaps),
                new Share(count(mart, MINUTES_WRITTEN), count(mart, MINUTES_GIVEN)));
    }
}
