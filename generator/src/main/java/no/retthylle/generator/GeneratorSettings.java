package no.retthylle.generator;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param persons number of persons, 1 … {@link #MAX_PERSONS} (person ids {@code P0000001} …
 *     keep seven digits after the letter, so no id looks like an 8-digit phone number)
 * @param seed the seed; the same seed and settings give the same bytes
 * @param extractDate {@code extract_date} of the drop, {@link #FIRST_EXTRACT_DATE} or later:
 *     nothing dated after it is written, and a spell still running then is ongoing
 */
public record GeneratorSettings(int persons, long seed, LocalDate extractDate) {

    public static final int MAX_PERSONS = 9_999_999;
    public static final LocalDate FIRST_EXTRACT_DATE = LocalDate.of(2016, 1, 1);
    public static final LocalDate DEFAULT_EXTRACT_DATE = LocalDate.of(2024, 9, 1);

    public GeneratorSettings {
        if (persons < 1 || persons > MAX_PERSONS) {
            throw new IllegalArgumentException("the number of persons must be 1 … " + MAX_PERSONS + ", not " + persons);
        }
        if (extractDate == null || extractDate.isBefore(FIRST_EXTRACT_DATE)) {
            throw new IllegalArgumentException("the extract date must be " + FIRST_EXTRACT_DATE
                    + " or later (arrivals are drawn from 2014 on), not " + extractDate);
        }
    }
}
