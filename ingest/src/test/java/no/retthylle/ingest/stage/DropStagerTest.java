package no.retthylle.ingest.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import no.retthylle.warehouse.RecordTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropStagerTest {

    @TempDir
    Path tmp;
    Path drop;
    Path staging;

    @BeforeEach
    void writeValidDrop() throws Exception {
        drop = TestDrop.write(tmp.resolve("drop"));
        staging = tmp.resolve("staging");
    }

    private StagedDrop stage() throws DropException {
        return new DropStager(IngestOptions.defaults()).stage(drop, staging);
    }

    private String staged(String file) throws Exception {
        return Files.readString(staging.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void validDropIsStagedWithCanonicalValues() throws Exception {
        StagedDrop staged = stage();
        assertEquals(LocalDate.of(2020, 9, 1), staged.extractDate());
        assertEquals("Trondheim kommune", staged.source());
        assertEquals(List.of(), staged.warnings());
        // gender K -> female, 02.05.2016 -> 2016-05-02, b1 -> B1, 301 -> 0301 (Oslo's lost zero),
        // empty optional enums -> unknown, absent education_field -> empty.
        assertEquals(""
                + "_line,person_id,municipality,gender,birth_year,arrival_date,education_level,education_field,"
                + "nokut_approved,norwegian_level,track\n"
                + "2,p1,5001,female,1985,2016-05-02,master,,yes,B1,3\n"
                + "3,p2,0301,unknown,,2017-01-10,unknown,,unknown,unknown,2\n", staged("participants.csv"));
        assertEquals(""
                + "_line,person_id,programme,cohort,start_date,planned_end_date,end_date,end_reason,mentor_id,"
                + "host_org_id,fte_pct,training_plan,mentor_at_host\n"
                + "2,p1,intro,,2016-08-01,2018-08-01,2018-06-30,completed,,,,,\n"
                + "3,p1,mentor,2019-2,2019-01-07,2020-01-07,,,,,,,\n"
                + "4,p2,internship,,2019-03-01,2019-09-01,2019-09-01,completed,,,50,,\n", staged("enrolments.csv"));
        assertEquals(""
                + "_line,person_id,date,event,meeting_no,theme,minutes_written\n"
                + "2,p1,2019-02-01,mentor_meeting,1,network_mapping,true\n"
                + "3,p1,2019-01-10,agreement_signed,,,\n", staged("events.csv"));
        assertEquals("file,line,column,value,reason\n", staged("rejects.csv"));
    }

    @Test
    void stagedFilesDescribeTheirInputsInRecordTypeOrder() throws Exception {
        StagedDrop staged = stage();
        assertEquals(RecordTypes.ALL, staged.files().stream().map(StagedFile::type).toList());
        StagedFile participants = staged.files().get(0);
        assertEquals(drop.resolve("participants.csv").toRealPath(), participants.input());
        assertEquals(2, participants.rowsRead());
        assertEquals(0, participants.rowsRejected());
        assertEquals(staging.resolve("participants.csv"), participants.stagingCsv());
        byte[] bytes = TestDrop.FILES.get("participants.csv").getBytes(StandardCharsets.UTF_8);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                participants.inputSha256());
        assertEquals(staging.resolve("rejects.csv"), staged.rejectsCsv());
    }

    @Test
    void badRowsGoToRejectsOneLinePerProblemAndCountOnce() throws Exception {
        Files.writeString(drop.resolve("enrolments.csv"), TestDrop.FILES.get("enrolments.csv")
                + "p2,intro,,2019-03-01,2019-02-01,2019-02-01,,\n"
                + "p2,mentr,1,31.02.2019,2019-09-01,,,\n");
        StagedDrop staged = stage();
        StagedFile enrolments = staged.files().get(1);
        assertEquals(5, enrolments.rowsRead());
        assertEquals(2, enrolments.rowsRejected());
        assertEquals(""
                + "file,line,column,value,reason\n"
                + "enrolments.csv,5,planned_end_date,2019-02-01,planned_end_date must be after start_date\n"
                + "enrolments.csv,5,end_date,2019-02-01,end_date is before start_date\n"
                + "enrolments.csv,5,end_reason,,end_reason is required when end_date is set\n"
                + "enrolments.csv,6,programme,mentr,"
                + "\"unknown value 'mentr' for programme; allowed: intro, mentor, internship\"\n"
                + "enrolments.csv,6,start_date,31.02.2019,not a valid date (use yyyy-MM-dd or dd.MM.yyyy)\n",
                staged("rejects.csv"));
    }

    @Test
    void rowWithMoreCellsThanTheHeaderIsRejected() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), TestDrop.FILES.get("goals.csv") + "p1,g2,network,2019-01-10,open,x\n");
        assertEquals(1, stage().files().get(5).rowsRejected());
        assertTrue(staged("rejects.csv").contains("goals.csv,3,,,the row has more cells than the header (6 > 5)\n"));
    }

    @Test
    void extraAndFreeTextColumnsAreLeftOutWithAWarning() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), ""
                + "person_id,goal_id,dimension,set_date,status,Kommentar,colour\n"
                + "p1,g1,network,2019-01-10,open,secret words,blue\n");
        StagedDrop staged = stage();
        assertEquals(List.of(
                "goals.csv: free-text column 'Kommentar' dropped; free text is never stored",
                "goals.csv: column 'colour' is not part of goals; ignored"), staged.warnings());
        assertEquals("_line,person_id,goal_id,dimension,set_date,status\n2,p1,g1,network,2019-01-10,open\n",
                staged("goals.csv"));
    }

    @Test
    void cellsWithoutMeaningInTheirRowAreClearedWithACountedWarning() throws Exception {
        Files.writeString(drop.resolve("outcomes.csv"), TestDrop.FILES.get("outcomes.csv")
                + "p1,2020-04-01,none,,ordinary,\n" + "p1,2020-05-01,education,,other,\n");
        assertEquals(List.of("outcomes.csv: funding applies only to jobs (relevant_job, other_job); 2 cells staged empty"),
                stage().warnings());
    }

    @Test
    void missingRecordFileStopsNamingIt() throws Exception {
        Files.delete(drop.resolve("events.csv"));
        DropException e = assertThrows(DropException.class, this::stage);
        assertEquals("the drop has no events: expected a file events.csv or a sheet named events in an .xlsx workbook",
                e.getMessage());
        assertFalse(Files.exists(staging));
    }

    @Test
    void missingDropPropertiesStops() throws Exception {
        Files.delete(drop.resolve("drop.properties"));
        assertThrows(DropException.class, this::stage);
    }

    @Test
    void brokenExtractDateStops() throws Exception {
        Files.writeString(drop.resolve("drop.properties"), "extract_date=2020-02-30\n");
        DropException e = assertThrows(DropException.class, this::stage);
        assertEquals("drop.properties: extract_date is not a valid date (use yyyy-MM-dd or dd.MM.yyyy)", e.getMessage());
    }

    @Test
    void missingRequiredColumnStopsNamingFileAndColumn() throws Exception {
        Files.writeString(drop.resolve("assessments.csv"), "person_id,date,phase,dimension\np1,2019-01-10,final,network\n");
        DropException e = assertThrows(DropException.class, this::stage);
        assertEquals("assessments.csv: the header has no column 'score', which is required", e.getMessage());
    }

    @Test
    void headerMatchesColumnNamesIgnoringCase() throws Exception {
        Files.writeString(drop.resolve("assessments.csv"), "Person_ID,DATE,Phase,dimension,SCORE\np1,2019-01-10,final,network,4\n");
        assertEquals(0, stage().files().get(4).rowsRejected());
    }

    @Test
    void duplicateColumnStops() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), "person_id,goal_id,dimension,set_date,status,Status\n");
        DropException e = assertThrows(DropException.class, this::stage);
        assertEquals("goals.csv, line 1, column Status: the column appears more than once in the header", e.getMessage());
    }

    @Test
    void malformedCsvStopsWithFileAndLine() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), TestDrop.FILES.get("goals.csv") + "p1,\"g2,network,2019-01-10,open\n");
        DropException e = assertThrows(DropException.class, this::stage);
        assertTrue(e.getMessage().startsWith("goals.csv, line 3: malformed CSV"), e.getMessage());
    }

    @Test
    void emptyFileStops() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), "");
        DropException e = assertThrows(DropException.class, this::stage);
        assertEquals("goals.csv, line 1: the file is empty: a header row is required", e.getMessage());
    }

    @Test
    void failedStageLeavesAnEarlierStagingFolderAsItWas() throws Exception {
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("earlier.csv"), "kept");
        Files.delete(drop.resolve("goals.csv"));
        assertThrows(DropException.class, this::stage);
        assertEquals("kept", Files.readString(staging.resolve("earlier.csv")));
    }

    @Test
    void windows1252FileIsDetectedAndNorwegianLettersSurvive() throws Exception {
        String text = "person_id;programme;cohort;start_date;planned_end_date;end_date;end_reason\n"
                + "p1;mentor;H\u00F8st-\u00C6\u00C5;2019-01-07;2020-01-07;;\n";
        Files.write(drop.resolve("enrolments.csv"), text.getBytes("windows-1252"));
        stage();
        assertTrue(staged("enrolments.csv").contains(",H\u00F8st-\u00C6\u00C5,"), () -> "staged text was read wrongly");
    }

    @Test
    void forcedEncodingIsUsed() throws Exception {
        String text = "person_id;programme;cohort;start_date;planned_end_date;end_date;end_reason\n"
                + "p1;mentor;\u00E6\u00F8\u00E5;2019-01-07;2020-01-07;;\n";
        Files.write(drop.resolve("enrolments.csv"), text.getBytes(StandardCharsets.ISO_8859_1));
        new DropStager(new IngestOptions(Optional.of(StandardCharsets.ISO_8859_1), Optional.empty())).stage(drop, staging);
        assertTrue(staged("enrolments.csv").contains(",\u00E6\u00F8\u00E5,"));
    }

    @Test
    void recordFileLinkingOutsideTheDropStops() throws Exception {
        Path outside = tmp.resolve("elsewhere.csv");
        Files.move(drop.resolve("goals.csv"), outside);
        Files.createSymbolicLink(drop.resolve("goals.csv"), outside);
        DropException e = assertThrows(DropException.class, this::stage);
        assertTrue(e.getMessage().startsWith("goals.csv is a link to a file outside the drop folder"), e.getMessage());
    }

    @Test
    void otherFilesInTheDropAreIgnored() throws Exception {
        Files.writeString(drop.resolve("readme.txt"), "91234567 ola@example.no");
        Files.createDirectories(drop.resolve("old"));
        assertEquals(6, stage().files().size());
    }
}
