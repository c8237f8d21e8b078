package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.Comparator;
import java.util.List;
import no.retthylle.analysis.stats.Proportion;

/**
 * {@code completion.csv}: the status of the mentor spells per group, and the share of the
 * matured spells completed on time with its Wilson interval (metrics spec, "Completion").
 * Rows are kept in group order; a table without spells has no rows.
 */
public record CompletionTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "completion.csv";
    public static final String N_ENROLLED = "n_enrolled";
    public static final String N_MATURED = "n_matured";
    public static final String COMPLETED_ON_TIME = "completed_on_time";
    public static final String COMPLETED_LATE = "completed_late";
    public static final String PAUSED = "paused";
    public static final String EDUCATION = "education";
    public static final String DROPPED_OUT = "dropped_out";
    public static final String ONGOING = "ongoing";
    public static final String RATE_ON_TIME = "rate_on_time";
    public static final String CI_LOW = "ci_low";
    public static final String CI_HIGH = "ci_high";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP,
            N_ENROLLED, N_MATURED, COMPLETED_ON_TIME, COMPLETED_LATE, PAUSED, EDUCATION,
            DROPPED_OUT, ONGOING, RATE_ON_TIME, CI_LOW, CI_HIGH);

    /**
     * One group: status counts over all its spells; {@code onTime} = matured spells
     * completed on time ÷ n_matured (NaN when none has matured).
     */
    public record Row(GroupKey group, long nEnrolled, long nMatured, long completedOnTime,
            long completedLate, long paused, long education, long droppedOut, long ongoing,
            Proportion onTime) {
    }

    public CompletionTable {
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
                count(r.nEnrolled()), count(r.nMatured()), count(r.completedOnTime()),
                count(r.completedLate()), count(r.paused()), count(r.education()),
                count(r.droppedOut()), count(r.ongoing()), fraction(r.onTime().rate()),
                fraction(r.onTime().low()), fraction(r.onTime().high()))).toList();
    }
}
