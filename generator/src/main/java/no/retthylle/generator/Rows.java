package no.retthylle.generator;

import java.time.LocalDate;

/**
 * The rows of the six record files, as the generator emits them. A {@code null} field is an
 * empty cell. Field order is the column order of the warehouse schema classes.
 */
final class Rows {

    private Rows() {
    }

    record Participant(String personId, String municipality, String gender, Integer birthYear, LocalDate arrival,
            String educationLevel, String educationField, String nokut, String norwegianLevel, int track) {
    }

    /**
     * An enrolment; {@code end} may lie after the extract date until {@link #asOf} is applied.
     */
    record Spell(String personId, String programme, String cohort, LocalDate start, LocalDate plannedEnd,
            LocalDate end, String endReason, String mentorId, String hostOrgId, Integer ftePct,
            Boolean trainingPlan, Boolean mentorAtHost) {

        /** The spell as the extract shows it: ongoing (no end, no reason) when it ends after {@code extractDate}. */
        Spell asOf(LocalDate extractDate) {
            if (end == null || !end.isAfter(extractDate)) {
                return this;
            }
            return new Spell(personId, programme, cohort, start, plannedEnd, null, null, mentorId, hostOrgId,
                    ftePct, trainingPlan, mentorAtHost);
        }

        /** Whether it ended by {@code date} with {@code end_reason = completed}. */
        boolean completedBy(LocalDate date) {
            return end != null && !end.isAfter(date) && Programmes.COMPLETED.equals(endReason);
        }
    }

    record Event(String personId, LocalDate date, String event, int meetingNo, String theme,
            Boolean minutesWritten) {
    }

    record Outcome(String personId, LocalDate date, String status, Integer ftePct, String funding,
            Boolean permanent) {
    }

    record Assessment(String personId, LocalDate date, String phase, String dimension, int score) {
    }

    record Goal(String personId, String goalId, String dimension, LocalDate setDate, String status) {
    }
}
