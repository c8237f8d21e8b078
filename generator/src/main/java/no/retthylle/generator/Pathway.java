package no.retthylle.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's programme spells as simulated (ends may lie after the extract date).
 *
 * @param intro the introduction programme spell
 * @param mentor the mentor spells, empty for non-trainees; a second one only after parental leave
 * @param internship the internship within the first mentor spell, or {@code null}
 * @param screening the mentor cohort the person was screened for (track 3 only), or {@code null}
 * @param selected whether the selection model picked the person (a full cohort may still turn them away)
 */
record Pathway(Rows.Spell intro, List<Rows.Spell> mentor, Rows.Spell internship, Cohorts.Cohort screening,
        boolean selected) {

    Pathway {
        mentor = List.copyOf(mentor);
    }

    /** M of the outcome model: a mentor spell that started by the extract date. */
    boolean trainee() {
        return !mentor.isEmpty();
    }

    /** I of the outcome model. */
    boolean hasInternship() {
        return internship != null;
    }

    /** The index date of metrics.md "Comparison": first mentor start, else intro start + 12 months. */
    LocalDate indexDate() {
        return trainee() ? mentor.get(0).start() : intro.start().plusMonths(12);
    }
}
