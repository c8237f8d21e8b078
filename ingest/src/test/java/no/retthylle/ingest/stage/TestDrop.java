package no.retthylle.ingest.stage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small valid drop written as an analyst would export it: mixed delimiters and date formats. */
final class TestDrop {

    static final String PROPERTIES = "extract_date=01.09.2020\nsource=Trondheim kommune\n";
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("participants.csv", ""
                + "person_id;municipality;gender;birth_year;arrival_date;education_level;nokut_approved;"
                + "norwegian_level;track\n"
                + "p1;5001;K;1985;02.05.2016;master;yes;b1;3\n"
                + "p2;301;;;2017-01-10;;;;2\n");
        FILES.put("enrolments.csv", ""
                + "person_id,programme,cohort,start_date,planned_end_date,end_date,end_reason,fte_pct\n"
                + "p1,intro,,2016-08-01,2018-08-01,2018-06-30,completed,\n"
                + "p1,mentor,2019-2,2019-01-07,2020-01-07,,,\n"
                + "p2,internship,,2019-03-01,2019-09-01,2019-09-01,Completed,50\n");
        FILES.put("events.csv", ""
                + "person_id,date,event,meeting_no,theme,minutes_written\n"
                + "p1,2019-02-01,mentor_meeting,1,network_mapping,ja\n"
                + "p1,2019-01-10,agreement_signed,,,\n");
        FILES.put("outcomes.csv", ""
                + "person_id,date,status,fte_pct,funding,permanent\n"
                + "p1,2020-03-01,relevant_job,100,ordinary,yes\n");
        FILES.put("assessments.csv", ""
                + "person_id,date,phase,dimension,score\n"
                + "p1,2019-01-10,baseline,network,2\n");
        FILES.put("goals.csv", ""
                + "person_id,goal_id,dimension,set_date,status\n"
                + "p1,g1,network,2019-01-10,open\n");
    }

    private TestDrop() {
    }

    /** Writes the valid drop into {@code dir} (UTF-8) and returns it. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("drop.properties"), PROPERTIES, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }
}
