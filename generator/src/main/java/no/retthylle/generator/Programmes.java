package no.retthylle.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The programme spells of one person.
 * <ul>
 *   <li>Intro: starts 30–180 days after arrival, planned 24 months. Trainees complete it,
 *       at the earliest 30 days after their mentor start. Others: completed 78 % (planned end
 *       − 90 … + 30 days), dropped out 5 %, moved 6 %, education 5 %, parental leave 3 %,
 *       other 3 % (60–650 days after start).
 *   <li>Mentor (track 3): screened for the first cohort starting on or after intro start
 *       + 12 months + 0–150 days; if selected ({@link SelectionModel}) and the cohort has room,
 *       a 12-month spell from the cohort start. Ends: completed on time 64 % (planned end
 *       ± 20 days), late 8 % (+ 35–120 days), parental leave 8 % (90–270 days in),
 *       dropped out 8 %, education 5 %, moved 4 %, other 3 % (30–300 days in). Half of
 *       those on parental leave resume in the first cohort starting 180 days or more after
 *       the pause, for 6 planned months (completed 85 %).
 *   <li>Internship: within the first mentor spell, starting 60–150 days after it, lasting
 *       90–200 days but not past the spell's end; completed 90 %, else dropped out.
 * </ul>
 */
final class Programmes {

    static final String INTRO = "intro";
    static final String MENTOR = "mentor";
    static final String INTERNSHIP = "internship";
    static final String COMPLETED = "completed";
    static final String DROPPED_OUT = "dropped_out";
    static final String PARENTAL_LEAVE = "parental_leave";
    static final String EDUCATION = "education";
    private static final int[] INTERNSHIP_FTE = {100, 100, 100, 80, 60, 50, 40, 20};
    private static final int HOSTS_PER_MUNICIPALITY = 40;

    private final Municipalities municipalities;
    private final Cohorts cohorts;

    Programmes(Municipalities municipalities, Cohorts cohorts) {
        this.municipalities = municipalities;
        this.cohorts = cohorts;
    }

    Pathway plan(String id, Covariates c, LocalDate introStart, SplittableRandom rng) {
        Cohorts.Cohort screening = null;
        boolean selected = false;
        List<Rows.Spell> mentor = List.of();
        Rows.Spell internship = null;
        if (c.track() == 3) {
            screening = cohorts.firstFrom(c.municipality(), introStart.plusMonths(12).plusDays(rng.nextInt(151)));
            selected = rng.nextDouble() < SelectionModel.mentor(c);
            if (selected && cohorts.take(screening)) {
                mentor = mentorSpells(id, screening, rng);
                internship = internship(id, c, mentor.get(0), rng);
            }
        }
        LocalDate mentorStart = mentor.isEmpty() ? null : mentor.get(0).start();
        return new Pathway(intro(id, introStart, mentorStart, rng), mentor, internship, screening, selected);
    }

    private static Rows.Spell intro(String id, LocalDate start, LocalDate mentorStart, SplittableRandom rng) {
        LocalDate planned = start.plusMonths(24);
        LocalDate onTime = planned.plusDays(rng.nextInt(121) - 90);
        if (mentorStart != null) {
            LocalDate earliest = mentorStart.plusDays(30);
            return spell(id, INTRO, null, start, planned, onTime.isBefore(earliest) ? earliest : onTime, COMPLETED);
        }
        double u = rng.nextDouble();
        if (u < 0.78) {
            return spell(id, INTRO, null, start, planned, onTime, COMPLETED);
        }
        String reason = u < 0.83 ? DROPPED_OUT : u < 0.89 ? "moved" : u < 0.94 ? EDUCATION
                : u < 0.97 ? PARENTAL_LEAVE : "other";
        return spell(id, INTRO, null, start, planned, start.plusDays(60 + rng.nextInt(591)), reason);
    }

    private List<Rows.Spell> mentorSpells(String id, Cohorts.Cohort cohort, SplittableRandom rng) {
        LocalDate start = cohort.start();
        LocalDate planned = start.plusMonths(12);
        double u = rng.nextDouble();
        LocalDate end;
        String reason;
        if (u < 0.72) {
            end = u < 0.64 ? planned.plusDays(rng.nextInt(41) - 20) : planned.plusDays(35 + rng.nextInt(86));
            reason = COMPLETED;
        } else {
            end = start.plusDays(u < 0.80 ? 90 + rng.nextInt(181) : 30 + rng.nextInt(271));
            reason = u < 0.80 ? PARENTAL_LEAVE : u < 0.88 ? DROPPED_OUT : u < 0.93 ? EDUCATION
                    : u < 0.97 ? "moved" : "other";
        }
        Rows.Spell first = mentorSpell(id, cohort, planned, end, reason);
        if (!PARENTAL_LEAVE.equals(reason) || rng.nextDouble() >= 0.5) {
            return List.of(first);
        }
        Cohorts.Cohort resumed = cohorts.firstFrom(cohort.municipality(), end.plusDays(180));
        if (!cohorts.take(resumed)) {
            return List.of(first);
        }
        LocalDate plannedAgain = resumed.start().plusMonths(6);
        boolean completes = rng.nextDouble() < 0.85;
        LocalDate endAgain = completes ? plannedAgain.plusDays(rng.nextInt(31) - 15)
                : resumed.start().plusDays(30 + rng.nextInt(121));
        return List.of(first, mentorSpell(id, resumed, plannedAgain, endAgain, completes ? COMPLETED : DROPPED_OUT));
    }

    private Rows.Spell mentorSpell(String id, Cohorts.Cohort cohort, LocalDate planned, LocalDate end,
            String reason) {
        String label = cohorts.label(cohort);
        return new Rows.Spell(id, MENTOR, label, cohort.start(), planned, end, reason,
                "M" + label + "-" + cohorts.places(cohort), null, null, null, null);
    }

    private Rows.Spell internship(String id, Covariates c, Rows.Spell mentor, SplittableRandom rng) {
        if (ChronoUnit.DAYS.between(mentor.start(), mentor.end()) < SelectionModel.INTERNSHIP_MIN_SPELL_DAYS
                || rng.nextDouble() >= SelectionModel.internship(c)) {
            return null;
        }
        LocalDate start = mentor.start().plusDays(60 + rng.nextInt(91));
        LocalDate end = start.plusDays(90 + rng.nextInt(111));
        if (end.isAfter(mentor.end())) {
            end = mentor.end();
        }
        String host = "H" + municipalities.code(c.municipality()) + "-" + (1 + rng.nextInt(HOSTS_PER_MUNICIPALITY));
        return new Rows.Spell(id, INTERNSHIP, null, start, start.plusMonths(4), end,
                rng.nextDouble() < 0.9 ? COMPLETED : DROPPED_OUT, null, host,
                INTERNSHIP_FTE[rng.nextInt(INTERNSHIP_FTE.length)], rng.nextDouble() < 0.7, rng.nextDouble() < 0.3);
    }

    private static Rows.Spell spell(String id, String programme, String cohort, LocalDate start, LocalDate planned,
            LocalDate end, String reason) {
        return new Rows.Spell(id, programme, cohort, start, planned, end, reason, null, null, null, null, null);
    }
}
