package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code meetings.csv}: the mentor meetings per group (all, cohort of the spell), over the
 * mentor spells of the group and the meetings that fall inside them (metrics spec, "Mentor
 * meetings"). Every group of mentor spells has a row, also when none of its spells has a
 * meeting (n_spells 0, the other cells empty where their denominator is 0). Rows are kept
 * in group order. The counts of its two shares are not columns of the CSV: they are
 * {@link #shareCounts()}, written to {@code share_counts.json} for disclosure control.
 */
public record MeetingsTable(List<Row> rows) implements MetricTable, ShareCounted {

    public static final String FILE_NAME = "meetings.csv";
    public static final String N_SPELLS = "n_spells";
    public static final String MEAN_MEETINGS = "mean_meetings";
    public static final String SHARE_ALL_12 = "share_all_12";
    public static final String MEDIAN_INTERVAL_DAYS = "median_interval_days";
    public static final String MINUTES_SHARE = "minutes_share";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP,
            N_SPELLS, MEAN_MEETINGS, SHARE_ALL_12, MEDIAN_INTERVAL_DAYS, MINUTES_SHARE);

    /**
     * One group; NaN where undefined.
     *
     * @param nSpells spells with at least one meeting
     * @param meanMeetings distinct meeting_no per spell, averaged over those spells
     * @param shareAll12 completed spells having every meeting_no 1–12 ÷ completed spells
     *     (all completed spells of the group, with a meeting or not)
     * @param medianIntervalDays median (R {@code median}) of the days between consecutive
     *     distinct meeting dates of a spell, all spells' gaps pooled
     * @param minutesShare meetings with minutes written ÷ meetings where it is given
     */
    public record Row(GroupKey group, long nSpells, double meanMeetings, Share shareAll12,
            double medianIntervalDays, Share minutesShare) {
    }

    public MeetingsTable {
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
                count(r.nSpells()), fraction(r.meanMeetings()), fraction(r.shareAll12().value()),
                fraction(r.medianIntervalDays()), fraction(r.minutesShare().value()))).toList();
    }

    /** The numerator and denominator of share_all_12 and minutes_share in every row, in row order. */
    @Override
    public List<ShareCount> shareCounts() {
        return rows.stream().flatMap(r -> Stream.of(
                ShareCount.of(FILE_NAME, r.group(), SHARE_ALL_12, r.shareAll12()),
                ShareCount.of(FILE_NAME, r.group(), MINUTES_SHARE, r.minutesShare()))).toList();
    }
}
