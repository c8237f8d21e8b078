package no.retthylle.reports;

import no.retthylle.reports.disclosure.Disclosure;

/**
 * How to make the report.
 *
 * @param mode {@link Disclosure#PUBLIC} (suppression with threshold minCell) or
 *     {@link Disclosure#INTERNAL} (nothing suppressed, every page and figure marked)
 * @param minCell k, the smallest count shown ({@code --min-cell}, default 3)
 * @param lang {@code nb} (default) or {@code en}
 */
public record ReportSettings(Disclosure mode, int minCell, String lang) {

    /** The default k: the rule Statistics Norway applies (fewer than 3 is not shown). */
    public static final int DEFAULT_MIN_CELL = 3;

    public ReportSettings {
        if (minCell < 1) {
            throw new IllegalArgumentException("min cell must be at least 1, got " + minCell);
        }
        Language.of(lang);
    }

    /** Public, k = 3, bokmål. */
    public static ReportSettings defaults() {
        return new ReportSettings(Disclosure.PUBLIC, DEFAULT_MIN_CELL, "nb");
    }

    public Language language() {
        return Language.of(lang);
    }
}
