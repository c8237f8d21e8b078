package no.retthylle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A drop built to force disclosure control, with identifiers easy to search for.
 *
 * <p>Mentor cohorts: {@code A} with one trainee, {@code B} with two, {@code C} with
 * seventeen, all starting 2019-01-07 with planned end 2020-01-07 (matured by the extract date
 * 2020-09-01). In C, 16 completed on time and 1 dropped out, so the report must hide the
 * dropped-out 1 (primary) and with it the 16 on time (secondary: the row's parts add up to
 * 17), the on-time rate 16/17 and its interval (complement 1). Sixteen of C have a relevant
 * job, as do A's trainee and one of B's. The first five persons of C have national ID
 * numbers as person_id (valid mod-11, made by {@link #nationalId}); the run must
 * pseudonymise them.
 */
final class CraftedDrop {

    static final String MENTOR_PREFIX = "MNTR-q";
    static final String HOST = "HOSTORG-zx9";

    private CraftedDrop() {
    }

    /** The person ids, in the order written: A's one, B's two, then C's seventeen. */
    static List<String> personIds() {
        List<String> ids = new ArrayList<>(List.of("PSN-a1k", "PSN-b1k", "PSN-b2k"));
        for (int i = 1; i <= 17; i++) {
            ids.add(i <= 5 ? nationalId("0101901" + (10 + i)) : "PSN-c" + i + "k");
        }
        return ids;
    }

    static List<String> nationalIds() {
        return personIds().stream().filter(id -> id.chars().allMatch(Character::isDigit)).toList();
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("drop.properties"), "extract_date=2020-09-01\n");
        List<String> ids = personIds();
        StringBuilder participants = new StringBuilder("person_id,municipality,gender,arrival_date,track\n");
        StringBuilder enrolments = new StringBuilder("person_id,programme,cohort,start_date,planned_end_date,"
                + "end_date,end_reason,mentor_id,host_org_id,fte_pct\n");
        StringBuilder outcomes = new StringBuilder("person_id,date,status,fte_pct,funding,permanent\n");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String cohort = i == 0 ? "A" : i <= 2 ? "B" : "C";
            boolean droppedOut = i == ids.size() - 1;
            participants.append(id).append(",5001,").append(i % 2 == 0 ? "K" : "M").append(",2016-03-14,3\n");
            enrolments.append(id).append(",mentor,").append(cohort).append(",2019-01-07,2020-01-07,")
                    .append(droppedOut ? "2019-05-01,dropped_out," : "2020-01-07,completed,")
                    .append(MENTOR_PREFIX).append(i).append(",,\n");
            if (!droppedOut && i != 2) {
                outcomes.append(id).append(",2020-02-03,relevant_job,100,ordinary,yes\n");
            }
        }
        enrolments.append(ids.get(3)).append(",internship,,2019-02-01,2019-06-01,2019-06-01,completed,,")
                .append(HOST).append(",100\n");
        Files.writeString(dir.resolve("participants.csv"), participants, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("enrolments.csv"), enrolments, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("outcomes.csv"), outcomes, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("events.csv"), "person_id,date,event\n");
        Files.writeString(dir.resolve("assessments.csv"), "person_id,date,phase,dimension,score\n");
        Files.writeString(dir.resolve("goals.csv"), "person_id,goal_id,dimension,set_date,status\n");
        return dir;
    }

    /**
     * Nine digits completed with the two fødselsnummer check digits (weights 3 7 6 1 8 9 4 5 2
     * and 5 4 3 2 7 6 5 4 3 2, 11 − sum mod 11, 11 → 0); a prefix whose check digit would be 10
     * has no valid number and is refused.
     */
    static String nationalId(String nineDigits) {
        int[] w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int[] w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        String ten = nineDigits + check(nineDigits, w1);
        return ten + check(ten, w2);
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int k = 11 - sum % 11;
        if (k == 10) {
            throw new IllegalArgumentException(digits + " has no valid check digit");
        }
        return k == 11 ? 0 : k;
    }
}
