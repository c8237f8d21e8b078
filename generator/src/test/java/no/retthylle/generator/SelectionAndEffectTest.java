package no.retthylle.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Outcomes;
import no.retthylle.warehouse.Participants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directions the model promises, seen in a 20,000-person drop read back from its files.
 *
 * <p>Selection: the selection logit rises by 0.6 per Norwegian level, 0.3 per education
 * level and 0.9 with a recognised degree (SelectionModel), so among track-3 persons the
 * trainees have a higher mean Norwegian level, a higher mean education and a larger share
 * of NOKUT yes than those left in the ordinary programme.
 *
 * <p>Effect: δ_mentor = 0.8 &gt; 0 and δ_internship = 0.6 &gt; 0, so for every covariate
 * value p1 = expit(b + 0.8 [+ 0.6]) &gt; p0 = expit(b). Within strata of the selection
 * covariates (education, Norwegian level, NOKUT yes) the trainees' relevant-job rate in
 * follow-up exceeds the ordinary persons' rate of the same stratum, weighted to the
 * trainees' strata. The true RD on the treated lies in (0, tanh(1.4 / 4)) = (0, 0.336):
 * expit(b + δ) − expit(b) is largest at b = −δ/2, where it is 2·expit(δ/2) − 1 = tanh(δ/4).
 */
class SelectionAndEffectTest {

    private static final LocalDate EXTRACT = LocalDate.of(2024, 9, 1);
    private static final List<String> NORWEGIAN = List.of("A1", "A2", "B1", "B2", "C1", "C2");
    private static final List<String> EDUCATION = List.of("none", "primary", "upper_secondary", "higher_short",
            "bachelor", "master", "phd");

    @TempDir
    static Path tmp;
    static GenerateResult result;
    static Map<String, Map<String, String>> trackThree = new HashMap<>();
    static Set<String> trainees = new HashSet<>();
    static Set<String> ordinary = new HashSet<>();
    static Map<String, LocalDate> index = new HashMap<>();
    static Map<String, LocalDate> firstRelevantJob = new HashMap<>();

    @BeforeAll
    static void generate() throws Exception {
        Path drop = tmp.resolve("drop");
        result = GenerateJob.run(new GeneratorSettings(20_000, 5L, EXTRACT), drop);
        for (Map<String, String> p : DropTable.read(drop, Participants.TYPE)) {
            if (p.get(Participants.TRACK).equals("3")) {
                trackThree.put(p.get(Participants.PERSON_ID), p);
            }
        }
        Map<String, LocalDate> introStart = new HashMap<>();
        Set<String> internships = new HashSet<>();
        for (Map<String, String> e : DropTable.read(drop, Enrolments.TYPE)) {
            String person = e.get(Enrolments.PERSON_ID);
            LocalDate start = LocalDate.parse(e.get(Enrolments.START_DATE));
            switch (e.get(Enrolments.PROGRAMME)) {
                case Programmes.MENTOR -> {
                    trainees.add(person);
                    index.merge(person, start, (a, b) -> a.isBefore(b) ? a : b);
                }
                case Programmes.INTERNSHIP -> internships.add(person);
                default -> introStart.merge(person, start, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        introStart.forEach((person, start) -> {
            if (!trainees.contains(person) && !internships.contains(person)) {
                ordinary.add(person);
                index.put(person, start.plusMonths(12));
            }
        });
        for (Map<String, String> o : DropTable.read(drop, Outcomes.TYPE)) {
            if (o.get(Outcomes.STATUS).equals("relevant_job")) {
                firstRelevantJob.merge(o.get(Outcomes.PERSON_ID), LocalDate.parse(o.get(Outcomes.DATE)),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
    }

    @Test
    void traineesHaveBetterNorwegianMoreEducationAndMoreRecognisedDegrees() {
        assertTrue(mean(trainees, SelectionAndEffectTest::norwegian) > mean(ordinary, SelectionAndEffectTest::norwegian));
        assertTrue(mean(trainees, SelectionAndEffectTest::education) > mean(ordinary, SelectionAndEffectTest::education));
        assertTrue(mean(trainees, SelectionAndEffectTest::nokutYes) > mean(ordinary, SelectionAndEffectTest::nokutYes));
    }

    @Test
    void traineesFindRelevantJobsMoreOftenThanComparableOrdinaryPersons() {
        Map<String, int[]> treated = new HashMap<>();
        Map<String, int[]> control = new HashMap<>();
        for (String person : trackThree.keySet()) {
            LocalDate start = index.get(person);
            boolean arm = trainees.contains(person);
            if (start == null || !(arm || ordinary.contains(person))
                    || start.plusDays(OutcomeModel.FOLLOW_UP_DAYS).isAfter(EXTRACT)) {
                continue;
            }
            LocalDate job = firstRelevantJob.get(person);
            boolean hit = job != null && !job.isBefore(start) && !job.isAfter(start.plusDays(OutcomeModel.FOLLOW_UP_DAYS));
            int[] cell = (arm ? treated : control).computeIfAbsent(stratum(person), s -> new int[2]);
            cell[0]++;
            cell[1] += hit ? 1 : 0;
        }
        double treatedJobs = 0;
        double standardisedControlJobs = 0;
        double n = 0;
        for (Map.Entry<String, int[]> s : treated.entrySet()) {
            int[] c = control.get(s.getKey());
            if (c == null) {
                continue;
            }
            n += s.getValue()[0];
            treatedJobs += s.getValue()[1];
            standardisedControlJobs += s.getValue()[0] * (double) c[1] / c[0];
        }
        double rd = (treatedJobs - standardisedControlJobs) / n;
        assertTrue(n > 1_000, "trainees in shared strata: " + n);
        assertTrue(rd > 0, "stratified RD " + rd);
        double trueRd = result.trueEffect().riskDifference();
        assertTrue(trueRd > 0 && trueRd < Math.tanh(1.4 / 4), "true RD " + trueRd);
    }

    @Test
    void noRelevantJobComesBeforeTheIndexDate() {
        firstRelevantJob.forEach((person, job) -> assertTrue(!job.isBefore(index.get(person)), person));
        assertEquals(0, firstRelevantJob.keySet().stream().filter(p -> !index.containsKey(p)).count());
    }

    private interface Covariate {
        double value(Map<String, String> participant);
    }

    private static double mean(Set<String> arm, Covariate covariate) {
        return arm.stream().filter(trackThree::containsKey).map(trackThree::get)
                .mapToDouble(covariate::value).filter(v -> !Double.isNaN(v)).average().orElseThrow();
    }

    private static double norwegian(Map<String, String> p) {
        int level = NORWEGIAN.indexOf(p.get(Participants.NORWEGIAN_LEVEL));
        return level < 0 ? Double.NaN : level + 1;
    }

    private static double education(Map<String, String> p) {
        int level = EDUCATION.indexOf(p.get(Participants.EDUCATION_LEVEL));
        return level < 0 ? Double.NaN : level;
    }

    private static double nokutYes(Map<String, String> p) {
        return p.get(Participants.NOKUT_APPROVED).equals("yes") ? 1 : 0;
    }

    private static String stratum(String person) {
        Map<String, String> p = trackThree.get(person);
        return p.get(Participants.EDUCATION_LEVEL) + "/" + p.get(Participants.NORWEGIAN_LEVEL) + "/"
                + p.get(Participants.NOKUT_APPROVED);
    }
}
