package no.retthylle.analysis.tables;

import java.util.Locale;

/** A group type of the metric tables, declared in output order: all, cohort, track, arm, gender. */
public enum GroupType {
    ALL, COHORT, TRACK, ARM, GENDER;

    /** The name written in the {@code group_type} column, e.g. {@code cohort}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The group type a {@code group_type} cell names.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static GroupType fromLabel(String label) {
        for (GroupType type : values()) {
            if (type.label().equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown group type: " + label);
    }
}
