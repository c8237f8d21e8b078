package no.retthylle.generator;

import java.time.LocalDate;

/**
 * Mentor cohorts: one per municipality and half-year, labelled {@code CODE-YYYYH1} or
 * {@code CODE-YYYYH2} (e.g. {@code 5001-2019H1}), holding at most
 * {@link SelectionModel#COHORT_SIZE} trainees (spells). A cohort starts on 1 February (H1)
 * or 20 August (H2), plus {@code code mod 15} days so municipalities do not all start on
 * the same day; every trainee of a cohort starts on its start date.
 *
 * <p>The places taken are the only state shared between persons: an array of
 * municipalities × half-years from 2014 to the extract year, so memory does not grow with
 * the number of persons. Persons take places in person order.
 */
final class Cohorts {

    private static final int FIRST_YEAR = 2014;
    private static final int H1_MONTH = 2;
    private static final int H1_DAY = 1;
    private static final int H2_MONTH = 8;
    private static final int H2_DAY = 20;
    private static final int SPREAD_DAYS = 15;

    /** A cohort: municipality, half-year index (0 = 2014H1) and start date. */
    record Cohort(int municipality, int halfYear, LocalDate start) {
    }

    private final Municipalities municipalities;
    private final LocalDate extractDate;
    private final int[][] taken;

    Cohorts(Municipalities municipalities, LocalDate extractDate) {
        this.municipalities = municipalities;
        this.extractDate = extractDate;
        this.taken = new int[municipalities.size()][2 * (extractDate.getYear() - FIRST_YEAR + 1)];
    }

    /** The first cohort of the municipality starting on or after {@code date}. */
    Cohort firstFrom(int municipality, LocalDate date) {
        int year = Math.max(date.getYear(), FIRST_YEAR);
        for (int half = 2 * (year - FIRST_YEAR);; half++) {
            LocalDate start = start(municipality, half);
            if (!start.isBefore(date)) {
                return new Cohort(municipality, half, start);
            }
        }
    }

    /**
     * Takes a place in the cohort if it starts by the extract date and has room.
     *
     * @return whether a place was taken
     */
    boolean take(Cohort cohort) {
        if (cohort.start().isAfter(extractDate) || taken[cohort.municipality()][cohort.halfYear()]
                >= SelectionModel.COHORT_SIZE) {
            return false;
        }
        taken[cohort.municipality()][cohort.halfYear()]++;
        return true;
    }

    /** The places taken so far in the cohort (1 … 5 after a successful {@link #take}). */
    int places(Cohort cohort) {
        return taken[cohort.municipality()][cohort.halfYear()];
    }

    /** {@code CODE-YYYYHn}. */
    String label(Cohort cohort) {
        return municipalities.code(cohort.municipality()) + "-" + (FIRST_YEAR + cohort.halfYear() / 2) + "H"
                + (cohort.halfYear() % 2 + 1);
    }

    private LocalDate start(int municipality, int half) {
        int year = FIRST_YEAR + half / 2;
        LocalDate base = half % 2 == 0 ? LocalDate.of(year, H1_MONTH, H1_DAY) : LocalDate.of(year, H2_MONTH, H2_DAY);
        return base.plusDays(municipalities.number(municipality) % SPREAD_DAYS);
    }
}
