package no.retthylle.generator;

import java.time.LocalDate;

/**
 * A person's true characteristics, fixed at arrival. The models use these true values;
 * the drop records some of them as missing ({@code unknown} or empty), as exports do.
 *
 * @param municipality index into {@link Municipalities}
 * @param gender {@code female}, {@code male}, {@code other} or {@code unknown}
 * @param birthYear the year of birth
 * @param arrival settlement date in Norway
 * @param education 0 none, 1 primary, 2 upper secondary, 3 higher (short), 4 bachelor,
 *     5 master, 6 PhD: the coding of metrics.md's adjustment
 * @param field education field code, empty below higher education
 * @param nokut NOKUT recognition ({@code yes}, {@code no}, {@code pending},
 *     {@code unknown}); {@code unknown} below higher education
 * @param norwegian CEFR level, A1 = 1 … C2 = 6
 * @param educationRecorded whether the drop shows the education level
 * @param norwegianRecorded whether the drop shows the Norwegian level
 * @param birthYearRecorded whether the drop shows the birth year
 */
record Covariates(int municipality, String gender, int birthYear, LocalDate arrival, int education, String field,
        String nokut, int norwegian, boolean educationRecorded, boolean norwegianRecorded,
        boolean birthYearRecorded) {

    static final int HIGHER_SHORT = 3;
    static final int UPPER_SECONDARY = 2;
    static final String FEMALE = "female";
    static final String NOKUT_YES = "yes";

    /** Spor: 3 with at least one year of higher education, 2 with upper secondary, else 1. */
    int track() {
        if (education >= HIGHER_SHORT) {
            return 3;
        }
        return education == UPPER_SECONDARY ? 2 : 1;
    }

    boolean female() {
        return FEMALE.equals(gender);
    }

    boolean nokutYes() {
        return NOKUT_YES.equals(nokut);
    }

    /** Year of arrival minus year of birth, as metrics.md defines age_at_arrival. */
    int ageAtArrival() {
        return arrival.getYear() - birthYear;
    }
}
