package no.retthylle.analysis.tables;

import static no.retthylle.analysis.tables.CellFormat.count;
import static no.retthylle.analysis.tables.CellFormat.fraction;

import java.util.Comparator;
import java.util.List;
import no.retthylle.analysis.stats.Proportion;

/**
 * {@code intro_status.csv}: the national indicator. Per group (all, arm, gender) and exit
 * year Y, the intro spells that ended in Y by the person's status on 15 November of Y + 1
 * (work, education, other), and the share in work or education with its Wilson interval
 * (metrics spec, "Status one year after the introduction programme"). Only exit years
 * whose 15 November of Y + 1 is on or before as_of have rows. Rows are kept in group order,
 * then exit year.
 */
public record IntroStatusTable(List<Row> rows) implements MetricTable {

    public static final String FILE_NAME = "intro_status.csv";
    public static final String EXIT_YEAR = "exit_year";
    public static final String N = "n";
    public static final String WORK = "work";
    public static final String EDUCATION = "education";
    public static final String OTHER = "other";
    public static final String RATE_WORK_OR_EDUCATION = "rate_work_or_education";
    public static final String CI_LOW = "ci_low";
    public static final String CI_HIGH = "ci_high";
    public static final List<String> COLUMNS = List.of(GroupKey.GROUP_TYPE, GroupKey.GROUP,
            EXIT_YEAR, N, WORK, EDUCATION, OTHER, RATE_WORK_OR_EDUCATION, CI_LOW, CI_HIGH);

    /**
     * One group and exit year: work + education + other = n spells;
     * {@code workOrEducation} = (work + education) ÷ n with its Wilson interval.
     */
    public record Row(GroupKey group, int exitYear, long work, long education, long other,
            Proportion workOrEducation) {

        public long n() {
            return work + education + other;
        }
    }

    public IntroStatusTable {
        rows = rows.stream()
                .sorted(Comparator.comparing(Row::group).thenComparingInt(Row::exitYear))
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
                Integer.toString(r.exitYear()), count(r.n()), count(r.work()), count(r.education()),
                count(r.other()), fraction(r.workOrEducation().rate()),
                fraction(r.workOrEducation().low()), fraction(r.workOrEducation().high()))).toList();
    }
}
