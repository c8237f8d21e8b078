package no.retthylle.analysis.tables;

/**
 * The exact counts behind one share cell of a metric table: one entry of
 * {@code share_counts.json} (see {@link Share}).
 *
 * @param table the metric CSV, e.g. {@code internships.csv}
 * @param groupType the row's {@code group_type} label
 * @param group the row's {@code group}
 * @param column the share's column, e.g. {@code share_training_plan}
 */
public record ShareCount(String table, String groupType, String group, String column, long numerator,
        long denominator) {

    /** The counts of {@code share} in the row of {@code group}, column {@code column} of {@code table}. */
    public static ShareCount of(String table, GroupKey group, String column, Share share) {
        return new ShareCount(table, group.type().label(), group.group(), column, share.numerator(),
                share.denominator());
    }
}
