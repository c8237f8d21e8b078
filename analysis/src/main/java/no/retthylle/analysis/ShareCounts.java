package no.retthylle.analysis;

import java.util.List;
import java.util.Optional;
import no.retthylle.analysis.tables.ShareCount;
import no.retthylle.analysis.tables.ShareCounted;

/**
 * The exact numerator and denominator of every share whose counts the metric CSVs do not
 * publish (see {@link no.retthylle.analysis.tables.Share}), stored beside the tables as
 * {@code OUT/metrics/share_counts.json}: one entry per table, group_type, group and column
 * (snake_case keys), in table, row and column order. The CSVs stay exactly the tables of the
 * metrics spec; the report reads this file to add the counts as hidden columns, so that the
 * complement rule of disclosure control applies to these shares. Like the CSVs it holds small
 * exact counts and is for the research team only (owner-only, never published).
 */
public record ShareCounts(List<ShareCount> shares) {

    public static final String FILE_NAME = "share_counts.json";

    public ShareCounts {
        shares = List.copyOf(shares);
    }

    /** The counts of every share of {@code tables}, in the given order. */
    public static ShareCounts of(List<? extends ShareCounted> tables) {
        return new ShareCounts(tables.stream().flatMap(t -> t.shareCounts().stream()).toList());
    }

    /** The entry of one share cell; empty when the file has none for it. */
    public Optional<ShareCount> find(String table, String groupType, String group, String column) {
        return shares.stream().filter(s -> s.table().equals(table) && s.groupType().equals(groupType)
                && s.group().equals(group) && s.column().equals(column)).findFirst();
    }

    public String toJson() {
        return JsonText.of(this);
    }

    public static ShareCounts fromJson(String json) {
        return JsonText.parse(json, ShareCounts.class);
    }
}
