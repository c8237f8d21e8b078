package no.retthylle.ingest.validate;

import java.time.LocalDate;
import no.retthylle.warehouse.Enrolments;

/**
 * enrolments:
 * <ul>
 *   <li>{@code cohort} is required for {@code mentor} spells and must be empty otherwise;
 *   <li>{@code planned_end_date} is after {@code start_date};
 *   <li>{@code end_date} is on or after {@code start_date} and not after the extract date;
 *   <li>{@code end_reason} is required when {@code end_date} is set and empty otherwise;
 *   <li>internship spells: {@code fte_pct} 10–100 when given (it is not required). On other
 *       spells {@code fte_pct}, {@code training_plan} and {@code mentor_at_host} have no
 *       meaning: a valid value there is staged empty (with a warning), not rejected, so
 *       an export that fills them for every spell loses no spells.
 * </ul>
 * A start date after the extract date is allowed (a planned spell): the contract sets no
 * limit there.
 */
final class EnrolmentRules implements RowRules {

    static final String INTRO = "intro";
    static final String MENTOR = "mentor";
    static final String INTERNSHIP = "internship";
    private static final int MIN_FTE = 10;
    private static final int MAX_FTE = 100;
    private static final String INTERNSHIP_ONLY = "applies only to internship spells";

    private final LocalDate extractDate;

    EnrolmentRules(LocalDate extractDate) {
        this.extractDate = extractDate;
    }

    @Override
    public void check(ParsedRow row) {
        String programme = row.text(Enrolments.PROGRAMME);
        checkCohort(row, programme);
        checkDates(row);
        if (INTERNSHIP.equals(programme)) {
            row.requireRange(Enrolments.FTE_PCT, MIN_FTE, MAX_FTE);
        } else if (programme != null) {
            row.clear(Enrolments.FTE_PCT, INTERNSHIP_ONLY);
            row.clear(Enrolments.TRAINING_PLAN, INTERNSHIP_ONLY);
            row.clear(Enrolments.MENTOR_AT_HOST, INTERNSHIP_ONLY);
        }
    }

    private static void checkCohort(ParsedRow row, String programme) {
        if (MENTOR.equals(programme)) {
            row.requireGiven(Enrolments.COHORT, "for mentor spells");
        } else if (programme != null && row.isGiven(Enrolments.COHORT)) {
            row.reject(Enrolments.COHORT, "cohort must be empty unless programme is mentor");
        }
    }

    private void checkDates(ParsedRow row) {
        LocalDate start = row.date(Enrolments.START_DATE);
        LocalDate plannedEnd = row.date(Enrolments.PLANNED_END_DATE);
        LocalDate end = row.date(Enrolments.END_DATE);
        if (start != null && plannedEnd != null && !plannedEnd.isAfter(start)) {
            row.reject(Enrolments.PLANNED_END_DATE, "planned_end_date must be after start_date");
        }
        if (start != null && end != null && end.isBefore(start)) {
            row.reject(Enrolments.END_DATE, "end_date is before start_date");
        }
        row.requireNotAfter(Enrolments.END_DATE, extractDate, "extract date");
        if (row.isGiven(Enrolments.END_DATE)) {
            row.requireGiven(Enrolments.END_REASON, "when end_date is set");
        } else if (row.isGiven(Enrolments.END_REASON)) {
            row.reject(Enrolments.END_REASON, "end_reason must be empty while end_date is empty");
        }
    }
}
