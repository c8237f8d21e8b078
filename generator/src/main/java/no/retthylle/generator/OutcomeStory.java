package no.retthylle.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The labour-market rows of one person with an intro spell.
 * <ul>
 *   <li>{@code relevant_job}: drawn from the {@link OutcomeModel} at the index date; terms:
 *       full time 55 % (else 80, 60, 50 or 40 %), funding ordinary 55 %, wage subsidy 28 %,
 *       practice benefit 12 %, other 5 %; permanent 60 % when ordinary and full time, else 25 %.
 *   <li>{@code other_job} for 40 % of those without a relevant job in follow-up, 120–1019
 *       days after intro start: part time (20–80 %) 60 %, ordinary funding 85 %, permanent 30 %.
 *   <li>{@code education} at the intro end when the intro ended for education;
 *       {@code none} at a completed intro's end for half of those without a relevant job in
 *       follow-up.
 * </ul>
 */
final class OutcomeStory {

    private static final int[] PART_TIME = {80, 60, 50, 40};
    private static final int[] OTHER_PART_TIME = {20, 40, 50, 60, 80};
    private static final int FULL_TIME = 100;
    private static final String RELEVANT_JOB = "relevant_job";
    private static final String ORDINARY = "ordinary";

    private OutcomeStory() {
    }

    /**
     * Writes the rows and returns the baseline log-odds b of the person, for {@link TrueEffect}.
     */
    static double write(String id, Covariates c, Pathway p, SplittableRandom rng, RowSink sink) {
        double baseline = OutcomeModel.baseline(c);
        LocalDate index = p.indexDate();
        boolean job = rng.nextDouble() < OutcomeModel.probability(baseline, p.trainee(), p.hasInternship());
        if (job) {
            sink.outcome(relevantJob(id, index.plusDays(rng.nextInt(OutcomeModel.FOLLOW_UP_DAYS)), rng));
        } else if (rng.nextDouble() < OutcomeModel.LATER_JOB) {
            sink.outcome(relevantJob(id, index.plusDays(OutcomeModel.FOLLOW_UP_DAYS + 1 + rng.nextInt(730)), rng));
        }
        if (!job && rng.nextDouble() < 0.4) {
            sink.outcome(otherJob(id, p.intro().start().plusDays(120 + rng.nextInt(900)), rng));
        }
        Rows.Spell intro = p.intro();
        if (Programmes.EDUCATION.equals(intro.endReason())) {
            sink.outcome(new Rows.Outcome(id, intro.end(), Programmes.EDUCATION, null, null, null));
        } else if (!job && Programmes.COMPLETED.equals(intro.endReason()) && rng.nextDouble() < 0.5) {
            sink.outcome(new Rows.Outcome(id, intro.end(), "none", null, null, null));
        }
        return baseline;
    }

    private static Rows.Outcome relevantJob(String id, LocalDate date, SplittableRandom rng) {
        int fte = rng.nextDouble() < 0.55 ? FULL_TIME : PART_TIME[rng.nextInt(PART_TIME.length)];
        double u = rng.nextDouble();
        String funding = u < 0.55 ? ORDINARY : u < 0.83 ? "wage_subsidy" : u < 0.95 ? "practice_benefit" : "other";
        boolean secure = ORDINARY.equals(funding) && fte == FULL_TIME;
        return new Rows.Outcome(id, date, RELEVANT_JOB, fte, funding, rng.nextDouble() < (secure ? 0.6 : 0.25));
    }

    private static Rows.Outcome otherJob(String id, LocalDate date, SplittableRandom rng) {
        int fte = rng.nextDouble() < 0.6 ? OTHER_PART_TIME[rng.nextInt(OTHER_PART_TIME.length)] : FULL_TIME;
        String funding = rng.nextDouble() < 0.85 ? ORDINARY : "other";
        return new Rows.Outcome(id, date, "other_job", fte, funding, rng.nextDouble() < 0.3);
    }
}
