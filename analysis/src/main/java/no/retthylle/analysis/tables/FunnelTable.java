package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code funnel.csv}: the recruitment funnel. Per group (all; cohort of the person's first
 * mentor spell, or {@value #NO_COHORT} without one) and stage, the distinct persons who
 * reached the stage by its own event, and the conversion n ÷ n of the stage before (empty
 * for the first stage and after a stage nobody reached; above 1 when a stage was reached
 * without the one before). Every group that reached any stage has a row for each stage.
 * Rows are kept in group order, then stage order (metrics spec, "Recruitment funnel").
 */
public record FunnelTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "funnel.csv";
    public static final String STAGE = "stage";
    public static final String N = "n";
    public static final String CONVERSION = "conversion";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP, STAGE, N, CONVERSION);
    /** The cohort group of the persons without a mentor spell. */
    public static final String NO_COHORT = "none";
    /** A mentor programme cohort holds at most this many trainees (the seed report). */
    public static final int MAX_COHORT_SIZE = 5;

    /** A stage of the funnel, declared in order. */
    public enum Stage {
        SCREENED, APPLIED, INTERVIEWED, OFFERED,
        /** A matching_meeting. */
        MATCHED,
        /** An agreement_signed. */
        AGREEMENT,
        /** At least one mentor_meeting. */
        STARTED,
        /** A completed mentor spell (on time or late). */
        COMPLETED;

        /** The name in the {@code stage} column, e.g. {@code matched}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The stage a {@code stage} cell names; any other text is an IllegalArgumentException. */
        public static Stage fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /** One group and stage: n persons, conversion from the stage before (NaN when undefined). */
    public record Row(GroupKey group, Stage stage, long n, double conversion) {
    }

    public FunnelTable {
        rows = rows.stream()
                .sorted(Comparator.comparing(Row::group).thenComparing(Row::stage))
                .toList();
    }

    /**
     * Data-quality warnings: one for each cohort (not {@value #NO_COHORT}) with more than
     * {@value #MAX_COHORT_SIZE} started trainees, in group order.
     */
    public List<String> warnings() {
        return rows.stream()
                .filter(r -> r.group().type() == GroupType.COHORT && !r.group().group().equals(NO_COHORT))
                .filter(r -> r.stage() == Stage.STARTED && r.n() > MAX_COHORT_SIZE)
                .map(r -> String.format(Locale.ROOT,
                        "funnel: cohort %s has %d started trainees; a cohort holds at most %d",
                        r.group().group(), r.n(), MAX_COHORT_SIZE))
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
                r.stage().label(), count(r.n()), fraction(r.conversion()))).toList();
    }
}
