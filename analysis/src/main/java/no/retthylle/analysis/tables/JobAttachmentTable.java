package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.retthylle.analysis.stats.Proportion;

/**
 * {@code job_attachment.csv}: the share of mentor spells with a relevant job, per group and
 * measure, with its Wilson interval (metrics spec, "Relevant job"). Every group of spells
 * has a row for each measure; a measure with n = 0 has an empty rate and interval. Rows
 * are kept in group order, then measure order; a table without spells has no rows.
 */
public record JobAttachmentTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "job_attachment.csv";
    public static final String MEASURE = "measure";
    public static final String N = "n";
    public static final String N_JOB = "n_job";
    public static final String RATE = "rate";
    public static final String CI_LOW = "ci_low";
    public static final String CI_HIGH = "ci_high";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP,
            MEASURE, N, N_JOB, RATE, CI_LOW, CI_HIGH);

    /** A measure of job attachment, declared in output order. */
    public enum Measure {
        /** Completed spells (on time or late); window ends at min(end_date + window, as_of). */
        JOB_BY_END,
        /** All spells; window ends at as_of. */
        JOB_TO_DATE;

        /** The name in the {@code measure} column, e.g. {@code job_by_end}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The measure a {@code measure} cell names; any other text is an IllegalArgumentException. */
        public static Measure fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /** One group and measure: {@code job} = spells with a job (n_job) ÷ spells counted (n). */
    public record Row(GroupKey group, Measure measure, Proportion job) {
    }

    public JobAttachmentTable {
        rows = rows.stream()
                .sorted(Comparator.comparing(Row::group).thenComparing(Row::measure))
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
                r.measure().label(), count(r.job().trials()), count(r.job().successes()),
                fraction(r.job().rate()), fraction(r.job().low()), fraction(r.job().high())))
                .toList();
    }
}
