package no.retthylle.analysis.tables;

import java.util.Comparator;
import java.util.Objects;

/**
 * The group a row of a metric table describes: its {@code group_type} and {@code group}.
 *
 * <p>Keys sort in output order: by group type (all, cohort, track, arm, gender), then by
 * group name ascending ({@link String#compareTo}, so cohort {@code 10} comes before
 * {@code 2}).
 */
public record GroupKey(GroupType type, String group) implements Comparable<GroupKey> {

    public static final String GROUP_TYPE = "group_type";
    public static final String GROUP = "group";

    private static final Comparator<GroupKey> ORDER =
            Comparator.comparing(GroupKey::type).thenComparing(GroupKey::group);

    public GroupKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(group, "group");
    }

    /** The key of a {@code group_type} label and a group name, e.g. {@code ("cohort", "2")}. */
    public static GroupKey of(String groupType, String group) {
        return new GroupKey(GroupType.fromLabel(groupType), group);
    }

    @Override
    public int compareTo(GroupKey other) {
        return ORDER.compare(this, other);
    }
}
