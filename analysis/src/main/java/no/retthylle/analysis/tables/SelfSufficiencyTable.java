package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;

import java.util.Comparator;
import java.util.List;

/**
 * {@code self_sufficiency.csv}: the mentor spells with a relevant job to date, per group,
 * by the class of their first job (metrics spec, "Self-sufficiency"). The population is
 * the spells with a job, so a group without one has no row. Rows are kept in group order;
 * a table without such spells has no rows.
 */
public record SelfSufficiencyTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "self_sufficiency.csv";
    public static final String N_JOB = "n_job";
    public static final String FULL = "full";
    public static final String SUBSIDISED = "subsidised";
    public static final String PARTIAL = "partial";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP,
            N_JOB, FULL, SUBSIDISED, PARTIAL);

    /** One group: its spells with a job, which add up to {@code full + subsidised + partial}. */
    public record Row(GroupKey group, long nJob, long full, long subsidised, long partial) {
    }

    public SelfSufficiencyTable {
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
                count(r.nJob()), count(r.full()), count(r.subsidised()), count(r.partial())))
                .toList();
    }
}
