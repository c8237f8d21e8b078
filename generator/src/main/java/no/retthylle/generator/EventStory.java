package no.retthylle.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * The events of one person.
 * <ul>
 *   <li>Recruitment, for everyone screened (track 3), dated before the cohort start S:
 *       {@code screened} S − 90 days. Trainees then {@code applied} S − 70,
 *       {@code interviewed} S − 50, {@code offered} S − 35, {@code company_tour} S − 25 (60 %),
 *       {@code matching_meeting} S − 10, {@code agreement_signed} S + 7. Selected persons
 *       turned away by a full cohort applied and were interviewed; of the others 20 % applied
 *       and half of those were interviewed.
 *   <li>Mentor meetings, numbered 1–12 across the person's spells (a resumed spell goes on
 *       from the last number), 10 days after the spell start and then every
 *       min(27, (planned days − 30) ÷ meetings left) days, themed in the order of
 *       Utviklingspermen (meeting 12 repeats {@code job_ready}). Completers have all of them
 *       (5 % miss one); others only those up to their end date. Minutes written 75 %, not
 *       recorded 5 %.
 *   <li>{@code midway_evaluation} 6 months into the first spell if it lasts that long;
 *       {@code final_evaluation} at the end of a completed spell; {@code internship_evaluation}
 *       at the end of the internship.
 * </ul>
 */
final class EventStory {

    private static final String[] THEMES = {"network_mapping", "cv_review", "qualifications",
        "industries_interests", "network_expansion", "job_application", "interview_training", "work_culture",
        "work_language", "qualifying_for_positions", "job_ready"};
    private static final int MEETINGS = 12;
    private static final int MAX_SPACING_DAYS = 27;
    private static final int FIRST_MEETING_DAY = 10;

    private EventStory() {
    }

    static void write(String id, Pathway p, SplittableRandom rng, RowSink sink) {
        if (p.screening() == null) {
            return;
        }
        LocalDate s = p.screening().start();
        sink.event(event(id, s.minusDays(90), "screened"));
        if (p.trainee()) {
            recruited(id, p, rng, sink);
            mentoring(id, p, rng, sink);
        } else if (p.selected()) {
            sink.event(event(id, s.minusDays(70), "applied"));
            sink.event(event(id, s.minusDays(50), "interviewed"));
        } else if (rng.nextDouble() < 0.2) {
            sink.event(event(id, s.minusDays(70), "applied"));
            if (rng.nextDouble() < 0.5) {
                sink.event(event(id, s.minusDays(50), "interviewed"));
            }
        }
    }

    private static void recruited(String id, Pathway p, SplittableRandom rng, RowSink sink) {
        LocalDate s = p.screening().start();
        sink.event(event(id, s.minusDays(70), "applied"));
        sink.event(event(id, s.minusDays(50), "interviewed"));
        sink.event(event(id, s.minusDays(35), "offered"));
        if (rng.nextDouble() < 0.6) {
            sink.event(event(id, s.minusDays(25), "company_tour"));
        }
        sink.event(event(id, s.minusDays(10), "matching_meeting"));
        sink.event(event(id, s.plusDays(7), "agreement_signed"));
    }

    private static void mentoring(String id, Pathway p, SplittableRandom rng, RowSink sink) {
        int next = 1;
        for (Rows.Spell spell : p.mentor()) {
            next = meetings(id, spell, next, rng, sink);
            if (Programmes.COMPLETED.equals(spell.endReason())) {
                sink.event(event(id, spell.end(), "final_evaluation"));
            }
        }
        Rows.Spell first = p.mentor().get(0);
        LocalDate midway = first.start().plusMonths(6);
        if (!first.end().isBefore(midway)) {
            sink.event(event(id, midway, "midway_evaluation"));
        }
        if (p.hasInternship()) {
            sink.event(event(id, p.internship().end(), "internship_evaluation"));
        }
    }

    /** Meetings of one spell from number {@code next}; returns the number after the last one held. */
    private static int meetings(String id, Rows.Spell spell, int next, SplittableRandom rng, RowSink sink) {
        int left = MEETINGS - next + 1;
        if (left <= 0) {
            return next;
        }
        long planned = ChronoUnit.DAYS.between(spell.start(), spell.plannedEnd());
        long spacing = Math.min(MAX_SPACING_DAYS, (planned - 30) / left);
        boolean completed = Programmes.COMPLETED.equals(spell.endReason());
        int missed = completed && left > 1 && rng.nextDouble() < 0.05 ? next + 1 + rng.nextInt(left - 1) : 0;
        int held = 0;
        for (int j = 0; j < left; j++) {
            LocalDate date = spell.start().plusDays(FIRST_MEETING_DAY + j * spacing);
            if (date.isAfter(spell.end())) {
                break;
            }
            int no = next + j;
            held = j + 1;
            if (no != missed) {
                double u = rng.nextDouble();
                sink.event(new Rows.Event(id, date, "mentor_meeting", no, THEMES[Math.min(no, THEMES.length) - 1],
                        u < 0.05 ? null : u < 0.80));
            }
        }
        return next + held;
    }

    private static Rows.Event event(String id, LocalDate date, String name) {
        return new Rows.Event(id, date, name, 0, null, null);
    }
}
