package no.retthylle.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Simulates persons one at a time, in person order, and hands their rows to a sink.
 *
 * <p>Person {@code i} (0-based) is {@code P} followed by i + 1 in seven digits and draws
 * every random number from its own {@link SplittableRandom}, seeded by
 * {@link #personSeed(long, int)}; the only state shared between persons is the cohort
 * places ({@link Cohorts}) and the {@link TrueEffect} sums, both of fixed size. Intro
 * starts 30–180 days after arrival; a person whose intro would start after the extract
 * date has only a participants row.
 */
final class PersonSimulator {

    private static final String[] EDUCATION = {"none", "primary", "upper_secondary", "higher_short", "bachelor",
        "master", "phd"};
    private static final String[] NORWEGIAN = {"A1", "A2", "B1", "B2", "C1", "C2"};
    private static final String ID_DIGITS = "0000000";
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final LocalDate extractDate;
    private final Municipalities municipalities = new Municipalities();
    private final CovariateSampler sampler;
    private final Programmes programmes;
    private final TrueEffect.Accumulator mentorAny = new TrueEffect.Accumulator();
    private final TrueEffect.Accumulator mentorInternship = new TrueEffect.Accumulator();
    private final TrueEffect.Accumulator mentorOnly = new TrueEffect.Accumulator();
    private long trainees;

    PersonSimulator(GeneratorSettings settings) {
        this.seed = settings.seed();
        this.extractDate = settings.extractDate();
        this.sampler = new CovariateSampler(municipalities, extractDate);
        this.programmes = new Programmes(municipalities, new Cohorts(municipalities, extractDate));
    }

    /** Simulates person {@code index}; {@code sink} receives only what the extract shows. */
    void simulate(int index, RowSink sink) {
        SplittableRandom rng = new SplittableRandom(personSeed(seed, index));
        String id = personId(index);
        Covariates c = sampler.draw(rng);
        sink.participant(participant(id, c));
        LocalDate introStart = c.arrival().plusDays(30 + rng.nextInt(151));
        if (introStart.isAfter(extractDate)) {
            return;
        }
        Pathway p = programmes.plan(id, c, introStart, rng);
        sink.spell(p.intro());
        p.mentor().forEach(sink::spell);
        if (p.hasInternship()) {
            sink.spell(p.internship());
        }
        EventStory.write(id, p, rng, sink);
        double baseline = OutcomeStory.write(id, c, p, rng, sink);
        SkillStory.write(id, p, extractDate, rng, sink);
        if (p.trainee()) {
            trainees++;
            if (c.track() == 3 && !p.indexDate().plusDays(OutcomeModel.FOLLOW_UP_DAYS).isAfter(extractDate)) {
                mentorAny.add(baseline, p.hasInternship());
                (p.hasInternship() ? mentorInternship : mentorOnly).add(baseline, p.hasInternship());
            }
        }
    }

    /** Trainees (persons with a mentor spell that started by the extract date) so far. */
    long trainees() {
        return trainees;
    }

    TrueEffect trueEffect() {
        return mentorAny.result();
    }

    TrueEffect trueEffectWithInternship() {
        return mentorInternship.result();
    }

    TrueEffect trueEffectMentorOnly() {
        return mentorOnly.result();
    }

    /**
     * The seed of person {@code index}: Stafford's mix13 finaliser (the one SplittableRandom
     * uses) of seed·γ + index, γ the golden-ratio constant. The finaliser is a bijection, so
     * under one seed every person has a different seed; it depends on nothing but (seed,
     * index), so output does not depend on how persons are batched.
     */
    static long personSeed(long seed, int index) {
        long z = seed * GOLDEN_GAMMA + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** {@code P} and index + 1 in (at least) seven digits: {@code P0000001}. */
    static String personId(int index) {
        String digits = Integer.toString(index + 1);
        return digits.length() >= ID_DIGITS.length() ? "P" + digits
                : "P" + ID_DIGITS.substring(digits.length()) + digits;
    }

    private Rows.Participant participant(String id, Covariates c) {
        return new Rows.Participant(id, municipalities.code(c.municipality()), c.gender(),
                c.birthYearRecorded() ? c.birthYear() : null, c.arrival(),
                c.educationRecorded() ? EDUCATION[c.education()] : null, c.field(),
                "unknown".equals(c.nokut()) ? null : c.nokut(),
                c.norwegianRecorded() ? NORWEGIAN[c.norwegian() - 1] : null, c.track());
    }
}
