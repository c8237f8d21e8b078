package no.retthylle.reports;

import java.util.ArrayList;
import java.util.List;
import no.retthylle.reports.disclosure.TableLayout;

/**
 * One metric table as the report publishes it: its file, its columns in file order, how its
 * rows are keyed, its disclosure layout and the columns the report shows.
 *
 * @param id the section id, sheet name and text-key stem ({@code section.ID.heading})
 * @param fileName the CSV in {@code OUT/metrics}
 * @param keying how the key columns map to group type, group and stratum
 * @param keys the key columns (strings), in file order
 * @param values the numeric columns, in file order after the keys
 * @param texts text columns after the values (a comparison's warning)
 * @param layout what disclosure control needs to know about the cells
 * @param views the tables the report shows of it: one or more column selections
 */
public record MetricFamily(String id, String fileName, Keying keying, List<String> keys, List<String> values,
                           List<String> texts, TableLayout layout, List<List<Display>> views) {

    /** How a row's key columns become a {@link no.retthylle.reports.disclosure.MetricRow} key. */
    public enum Keying {
        /** group_type and group, then any further keys joined into the stratum (e.g. measure). */
        GROUPED,
        /** comparison.csv: {@code arm}; mentor_any is the total of the two mentor arms. */
        ARM,
        /** balance.csv: one key column, each row its own group. */
        SINGLE
    }

    /** How a shown value is written. */
    public enum Format { COUNT, PERCENT, PERCENT_POINTS, DECIMAL, RATIO, P_VALUE, DAYS, TEXT }

    /**
     * One shown column: a single value, or an interval when {@code columns} holds a low and a
     * high bound.
     */
    public record Display(String header, List<String> columns, Format format) {

        public Display {
            columns = List.copyOf(columns);
        }

        public boolean isInterval() {
            return columns.size() == 2;
        }
    }

    public MetricFamily {
        keys = List.copyOf(keys);
        values = List.copyOf(values);
        texts = List.copyOf(texts);
        views = views.stream().map(List::copyOf).toList();
    }

    /** Every column in file order. */
    public List<String> header() {
        List<String> all = new ArrayList<>(keys);
        all.addAll(values);
        all.addAll(texts);
        return all;
    }

    /** The key columns after group_type and group (GROUPED), which make up the stratum. */
    public List<String> strata() {
        return keying == Keying.GROUPED ? keys.subList(2, keys.size()) : List.of();
    }
}
