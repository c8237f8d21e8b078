package no.retthylle.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Draws {@link Covariates} for one person. The distributions (all independent unless said):
 * <ul>
 *   <li>municipality by settlement weight ({@link Municipalities});
 *   <li>gender: female 46 %, male 53 %, other 0.5 %, unknown 0.5 %;
 *   <li>education 0–6 with probabilities 12, 20, 25, 8, 20, 12, 3 %;
 *   <li>arrival uniform over the days of 2014-01-01 … min(2022-12-31, extract date − 1 day);
 *   <li>age at arrival 18 + 42·U^1.6 (mean about 34), at least 21 with higher education;
 *   <li>Norwegian level round(2.2 + 0.35·education + Z), Z standard normal, clamped to 1–6:
 *       more education, better Norwegian;
 *   <li>NOKUT (higher education only): yes 45 %, pending 12 %, no 25 %, unknown 18 %;
 *   <li>field (higher education only) uniform over eleven codes;
 *   <li>recorded as missing: education 3 %, Norwegian level 4 %, birth year 2 %.
 * </ul>
 */
final class CovariateSampler {

    private static final double[] EDUCATION = {0.12, 0.32, 0.57, 0.65, 0.85, 0.97, 1.0};
    private static final String[] FIELDS = {"pharmacy", "economics", "engineering", "it", "law", "health",
        "teaching", "natural_science", "social_science", "humanities", "other"};
    private static final LocalDate FIRST_ARRIVAL = LocalDate.of(2014, 1, 1);
    private static final LocalDate LAST_ARRIVAL = LocalDate.of(2022, 12, 31);
    private static final int MIN_AGE = 18;
    private static final int MIN_AGE_HIGHER = 21;
    private static final int AGE_SPAN = 42;

    private final Municipalities municipalities;
    private final long firstArrivalDay;
    private final long arrivalDays;

    CovariateSampler(Municipalities municipalities, LocalDate extractDate) {
        this.municipalities = municipalities;
        LocalDate last = extractDate.minusDays(1).isBefore(LAST_ARRIVAL) ? extractDate.minusDays(1) : LAST_ARRIVAL;
        this.firstArrivalDay = FIRST_ARRIVAL.toEpochDay();
        this.arrivalDays = last.toEpochDay() - firstArrivalDay + 1;
    }

    Covariates draw(SplittableRandom rng) {
        int municipality = municipalities.draw(rng);
        String gender = gender(rng.nextDouble());
        int education = education(rng.nextDouble());
        LocalDate arrival = LocalDate.ofEpochDay(firstArrivalDay + rng.nextLong(arrivalDays));
        int age = MIN_AGE + (int) (AGE_SPAN * Math.pow(rng.nextDouble(), 1.6));
        if (education >= Covariates.HIGHER_SHORT) {
            age = Math.max(age, MIN_AGE_HIGHER);
        }
        long level = Math.round(2.2 + 0.35 * education + rng.nextGaussian());
        int norwegian = (int) Math.max(1, Math.min(6, level));
        boolean higher = education >= Covariates.HIGHER_SHORT;
        String nokut = higher ? nokut(rng.nextDouble()) : "unknown";
        String field = higher ? FIELDS[rng.nextInt(FIELDS.length)] : "";
        return new Covariates(municipality, gender, arrival.getYear() - age, arrival, education, field, nokut,
                norwegian, rng.nextDouble() >= 0.03, rng.nextDouble() >= 0.04, rng.nextDouble() >= 0.02);
    }

    private static String gender(double u) {
        if (u < 0.46) {
            return Covariates.FEMALE;
        }
        if (u < 0.99) {
            return "male";
        }
        return u < 0.995 ? "other" : "unknown";
    }

    private static int education(double u) {
        int level = 0;
        while (u >= EDUCATION[level]) {
            level++;
        }
        return level;
    }

    private static String nokut(double u) {
        if (u < 0.45) {
            return Covariates.NOKUT_YES;
        }
        if (u < 0.57) {
            return "pending";
        }
        return u < 0.82 ? "no" : "unknown";
    }
}
