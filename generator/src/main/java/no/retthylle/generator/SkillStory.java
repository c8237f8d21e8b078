package no.retthylle.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Skill-goal scores and SMART goals of a trainee.
 * <ul>
 *   <li>Scores, per dimension: {@code baseline} 14 days into the first spell, 1–3 uniform;
 *       {@code midway} 6 months in, if the first spell lasts that long, baseline + 0 or 1;
 *       {@code final} at the end of a completed spell, baseline + 1 or 2 (unchanged 15 %);
 *       all capped at 5. At most one row per phase and dimension.
 *   <li>Goals {@code G1}–{@code G3}, one per dimension, and {@code G4} ({@code other}, 30 %),
 *       set at the agreement, 7 days into the first spell. Status as of the extract date:
 *       after a completed spell achieved 55 %, partly 30 %, not achieved 15 %; while a spell
 *       is running open; otherwise partly 30 %, not achieved 50 %, open 20 %.
 * </ul>
 */
final class SkillStory {

    private static final String[] DIMENSIONS = {"network", "job_qualification", "career_learning"};
    private static final int MAX_SCORE = 5;

    private SkillStory() {
    }

    static void write(String id, Pathway p, LocalDate extractDate, SplittableRandom rng, RowSink sink) {
        if (!p.trainee()) {
            return;
        }
        Rows.Spell first = p.mentor().get(0);
        Rows.Spell completed = p.mentor().stream()
                .filter(s -> Programmes.COMPLETED.equals(s.endReason())).findFirst().orElse(null);
        LocalDate midway = first.start().plusMonths(6);
        for (String dimension : DIMENSIONS) {
            int base = 1 + rng.nextInt(3);
            sink.assessment(new Rows.Assessment(id, first.start().plusDays(14), "baseline", dimension, base));
            if (!first.end().isBefore(midway)) {
                sink.assessment(new Rows.Assessment(id, midway, "midway", dimension, base + rng.nextInt(2)));
            }
            if (completed != null) {
                int gain = rng.nextDouble() < 0.15 ? 0 : 1 + rng.nextInt(2);
                sink.assessment(new Rows.Assessment(id, completed.end(), "final", dimension,
                        Math.min(MAX_SCORE, base + gain)));
            }
        }
        goals(id, p, extractDate, rng, sink);
    }

    private static void goals(String id, Pathway p, LocalDate extractDate, SplittableRandom rng, RowSink sink) {
        LocalDate set = p.mentor().get(0).start().plusDays(7);
        boolean achievedAny = p.mentor().stream().anyMatch(s -> s.completedBy(extractDate));
        boolean running = p.mentor().stream().anyMatch(s -> s.end().isAfter(extractDate));
        int goals = rng.nextDouble() < 0.3 ? 4 : 3;
        for (int g = 0; g < goals; g++) {
            String dimension = g < DIMENSIONS.length ? DIMENSIONS[g] : "other";
            sink.goal(new Rows.Goal(id, "G" + (g + 1), dimension, set, status(achievedAny, running, rng.nextDouble())));
        }
    }

    private static String status(boolean completed, boolean running, double u) {
        if (completed) {
            return u < 0.55 ? "achieved" : u < 0.85 ? "partly" : "not_achieved";
        }
        if (running) {
            return "open";
        }
        return u < 0.3 ? "partly" : u < 0.8 ? "not_achieved" : "open";
    }
}
