package no.retthylle.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.warehouse.Assessments;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Events;
import no.retthylle.warehouse.Goals;
import no.retthylle.warehouse.Outcomes;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each test starts from a valid row of its type and breaks one rule. Extract date 2020-09-01. */
class RowValidatorTest {

    private static final LocalDate EXTRACT = LocalDate.of(2020, 9, 1);

    private static Map<String, String> participant() {
        return new HashMap<>(Map.of(Participants.PERSON_ID, "p-1", Participants.MUNICIPALITY, "5001",
                Participants.ARRIVAL_DATE, "2016-05-02", Participants.TRACK, "3"));
    }

    private static Map<String, String> enrolment(String programme) {
        return new HashMap<>(Map.of(Enrolments.PERSON_ID, "p-1", Enrolments.PROGRAMME, programme,
                Enrolments.COHORT, programme.equals("mentor") ? "2019-2" : "",
                Enrolments.START_DATE, "2019-01-07", Enrolments.PLANNED_END_DATE, "2020-01-07"));
    }

    private static Map<String, String> event(String event) {
        return new HashMap<>(Map.of(Events.PERSON_ID, "p-1", Events.DATE, "2019-03-01", Events.EVENT, event));
    }

    private static Map<String, String> outcome(String status) {
        return new HashMap<>(Map.of(Outcomes.PERSON_ID, "p-1", Outcomes.DATE, "2020-06-01", Outcomes.STATUS, status));
    }

    private static ValidatedRow validate(RecordType type, Map<String, String> cells) {
        return new RowValidator(type, EXTRACT).validate(cells);
    }

    private static void assertRejected(ValidatedRow row, String column, String reason) {
        assertEquals(List.of(column + ": " + reason),
                row.rejects().stream().map(r -> r.column() + ": " + r.reason()).toList());
    }

    @Test
    void validParticipantIsCanonicalWithUnknownForEmptyOptionalEnums() {
        Map<String, String> cells = participant();
        cells.put(Participants.GENDER, "K");
        cells.put(Participants.ARRIVAL_DATE, "02.05.2016");
        cells.put(Participants.NORWEGIAN_LEVEL, "b1");
        cells.put(Participants.EDUCATION_FIELD, "Pharmacy");
        ValidatedRow row = validate(Participants.TYPE, cells);
        assertTrue(row.isValid(), row.rejects()::toString);
        Map<String, String> expected = new HashMap<>();
        expected.put(Participants.PERSON_ID, "p-1");
        expected.put(Participants.MUNICIPALITY, "5001");
        expected.put(Participants.GENDER, "female");
        expected.put(Participants.BIRTH_YEAR, "");
        expected.put(Participants.ARRIVAL_DATE, "2016-05-02");
        expected.put(Participants.EDUCATION_LEVEL, "unknown");
        expected.put(Participants.EDUCATION_FIELD, "pharmacy");
        expected.put(Participants.NOKUT_APPROVED, "unknown");
        expected.put(Participants.NORWEGIAN_LEVEL, "B1");
        expected.put(Participants.TRACK, "3");
        assertEquals(expected, row.values());
        assertEquals(Participants.TYPE.columnNames(), List.copyOf(row.values().keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gender|mann|male", "gender|M|male", "gender|Kvinne|female", "gender|OTHER|other",
        "municipality|301|0301", "birth_year|1930|1930", "birth_year|2005|2005", "track|1|1"})
    void participantCellsAreCanonicalised(String column, String text, String canonical) {
        Map<String, String> cells = participant();
        cells.put(column, text);
        assertEquals(canonical, validate(Participants.TYPE, cells).values().get(column));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // 2020 - 15 = 2005 is the last birth year allowed
        "birth_year|2006|out of range: must be between 1930 and 2005",
        "birth_year|1929|out of range: must be between 1930 and 2005",
        "birth_year|19x0|not a whole number",
        "track|4|out of range: must be between 1 and 3",
        "track|0|out of range: must be between 1 and 3",
        "track||required value is missing",
        "municipality|50011|not a 4-digit municipality number (kommunenummer)",
        "municipality|Trondheim|not a 4-digit municipality number (kommunenummer)",
        "person_id|p 1|not a valid pseudonym (1 to 64 letters, digits, _ or -)",
        "person_id||required value is missing",
        "arrival_date|2020-09-02|arrival_date is after the extract date (2020-09-01)",
        "arrival_date|31.02.2016|not a valid date (use yyyy-MM-dd or dd.MM.yyyy)",
        "gender|x|unknown value 'x' for gender; allowed: female, male, other, unknown",
        "norwegian_level|D1|unknown value 'D1' for norwegian_level; allowed: A1, A2, B1, B2, C1, C2, unknown",
        "nokut_approved|ja|unknown value 'ja' for nokut_approved; allowed: yes, no, pending, unknown",
        "education_field|natural science|not a code (lower-case letters a-z, digits and _)"})
    void participantRulesReject(String column, String text, String reason) {
        Map<String, String> cells = participant();
        cells.put(column, text == null ? "" : text);
        assertRejected(validate(Participants.TYPE, cells), column, reason);
    }

    @Test
    void arrivalOnTheExtractDateIsAllowed() {
        Map<String, String> cells = participant();
        cells.put(Participants.ARRIVAL_DATE, "2020-09-01");
        assertTrue(validate(Participants.TYPE, cells).isValid());
    }

    @Test
    void severalProblemsGiveOneRejectEach() {
        Map<String, String> cells = participant();
        cells.put(Participants.TRACK, "9");
        cells.put(Participants.GENDER, "?");
        assertEquals(2, validate(Participants.TYPE, cells).rejects().size());
    }

    @Test
    void mentorSpellNeedsACohort() {
        Map<String, String> cells = enrolment("mentor");
        cells.put(Enrolments.COHORT, "");
        assertRejected(validate(Enrolments.TYPE, cells), Enrolments.COHORT, "cohort is required for mentor spells");
    }

    @Test
    void otherSpellsMustHaveNoCohort() {
        Map<String, String> cells = enrolment("intro");
        cells.put(Enrolments.COHORT, "1");
        assertRejected(validate(Enrolments.TYPE, cells), Enrolments.COHORT,
                "cohort must be empty unless programme is mentor");
    }

    @Test
    void unknownProgrammeListsTheAllowedValues() {
        assertRejected(validate(Enrolments.TYPE, enrolment("x")), Enrolments.PROGRAMME,
                "unknown value 'x' for programme; allowed: intro, mentor, internship");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "planned_end_date|2019-01-07|planned_end_date must be after start_date",
        "end_date|2019-01-06|end_date is before start_date",
        "end_date|2020-09-02|end_date is after the extract date (2020-09-01)"})
    void spellDatesAreOrdered(String column, String date, String reason) {
        Map<String, String> cells = enrolment("intro");
        cells.put(column, date);
        if (column.equals(Enrolments.END_DATE)) {
            cells.put(Enrolments.END_REASON, "completed");
        }
        assertRejected(validate(Enrolments.TYPE, cells), column, reason);
    }

    @Test
    void spellEndingOnItsStartDayWithAReasonIsValid() {
        Map<String, String> cells = enrolment("mentor");
        cells.put(Enrolments.END_DATE, "07.01.2019");
        cells.put(Enrolments.END_REASON, "Parental_Leave");
        ValidatedRow row = validate(Enrolments.TYPE, cells);
        assertTrue(row.isValid(), row.rejects()::toString);
        assertEquals("parental_leave", row.values().get(Enrolments.END_REASON));
        assertEquals("2019-01-07", row.values().get(Enrolments.END_DATE));
    }

    @Test
    void endDateNeedsAnEndReason() {
        Map<String, String> cells = enrolment("intro");
        cells.put(Enrolments.END_DATE, "2019-06-01");
        assertRejected(validate(Enrolments.TYPE, cells), Enrolments.END_REASON,
                "end_reason is required when end_date is set");
    }

    @Test
    void endReasonWithoutEndDateIsRejected() {
        Map<String, String> cells = enrolment("intro");
        cells.put(Enrolments.END_REASON, "moved");
        assertRejected(validate(Enrolments.TYPE, cells), Enrolments.END_REASON,
                "end_reason must be empty while end_date is empty");
    }

    @ParameterizedTest
    @CsvSource({"9,false", "10,true", "100,true", "101,false"})
    void internshipFteIsBetween10And100(String fte, boolean valid) {
        Map<String, String> cells = enrolment("internship");
        cells.put(Enrolments.FTE_PCT, fte);
        cells.put(Enrolments.TRAINING_PLAN, "ja");
        ValidatedRow row = validate(Enrolments.TYPE, cells);
        assertEquals(valid, row.isValid());
        if (valid) {
            assertEquals("true", row.values().get(Enrolments.TRAINING_PLAN));
        }
    }

    @Test
    void internshipFieldsOnOtherSpellsAreStagedEmpty() {
        Map<String, String> cells = enrolment("intro");
        cells.put(Enrolments.FTE_PCT, "100");
        cells.put(Enrolments.MENTOR_AT_HOST, "no");
        ValidatedRow row = validate(Enrolments.TYPE, cells);
        assertTrue(row.isValid());
        assertEquals("", row.values().get(Enrolments.FTE_PCT));
        assertEquals("", row.values().get(Enrolments.MENTOR_AT_HOST));
        assertEquals(List.of("fte_pct applies only to internship spells",
                "mentor_at_host applies only to internship spells"), row.cleared());
    }

    @Test
    void mentorMeetingNeedsAMeetingNumber() {
        assertRejected(validate(Events.TYPE, event("mentor_meeting")), Events.MEETING_NO,
                "meeting_no is required for mentor_meeting events");
    }

    @ParameterizedTest
    @CsvSource({"0,false", "1,true", "12,true", "13,false"})
    void meetingNumberIsBetween1And12(String number, boolean valid) {
        Map<String, String> cells = event("Mentor_Meeting");
        cells.put(Events.MEETING_NO, number);
        cells.put(Events.THEME, "cv_review");
        cells.put(Events.MINUTES_WRITTEN, "1");
        assertEquals(valid, validate(Events.TYPE, cells).isValid());
    }

    @Test
    void meetingFieldsOnOtherEventsAreStagedEmpty() {
        Map<String, String> cells = event("company_tour");
        cells.put(Events.THEME, "cv_review");
        ValidatedRow row = validate(Events.TYPE, cells);
        assertTrue(row.isValid());
        assertEquals("", row.values().get(Events.THEME));
    }

    @Test
    void eventAfterTheExtractDateIsRejected() {
        Map<String, String> cells = event("applied");
        cells.put(Events.DATE, "02.09.2020");
        assertRejected(validate(Events.TYPE, cells), Events.DATE, "date is after the extract date (2020-09-01)");
    }

    @ParameterizedTest
    @CsvSource({"relevant_job,0,false", "relevant_job,1,true", "other_job,100,true", "other_job,101,false"})
    void jobFteIsBetween1And100(String status, String fte, boolean valid) {
        Map<String, String> cells = outcome(status);
        cells.put(Outcomes.FTE_PCT, fte);
        cells.put(Outcomes.FUNDING, "wage_subsidy");
        assertEquals(valid, validate(Outcomes.TYPE, cells).isValid());
    }

    @Test
    void jobFieldsOnOtherStatusesAreStagedEmpty() {
        Map<String, String> cells = outcome("education");
        cells.put(Outcomes.PERMANENT, "yes");
        ValidatedRow row = validate(Outcomes.TYPE, cells);
        assertTrue(row.isValid());
        assertEquals("", row.values().get(Outcomes.PERMANENT));
    }

    @Test
    void outcomeAfterTheExtractDateIsRejected() {
        Map<String, String> cells = outcome("none");
        cells.put(Outcomes.DATE, "2021-01-01");
        assertRejected(validate(Outcomes.TYPE, cells), Outcomes.DATE, "date is after the extract date (2020-09-01)");
    }

    @ParameterizedTest
    @CsvSource({"0,false", "1,true", "5,true", "6,false"})
    void scoreIsBetween1And5(String score, boolean valid) {
        Map<String, String> cells = new HashMap<>(Map.of(Assessments.PERSON_ID, "p-1", Assessments.DATE,
                "2019-02-01", Assessments.PHASE, "baseline", Assessments.DIMENSION, "network",
                Assessments.SCORE, score));
        assertEquals(valid, validate(Assessments.TYPE, cells).isValid());
    }

    @Test
    void assessmentsHaveNoOtherDimension() {
        Map<String, String> cells = new HashMap<>(Map.of(Assessments.PERSON_ID, "p-1", Assessments.DATE,
                "2019-02-01", Assessments.PHASE, "final", Assessments.DIMENSION, "other", Assessments.SCORE, "3"));
        assertRejected(validate(Assessments.TYPE, cells), Assessments.DIMENSION,
                "unknown value 'other' for dimension; allowed: network, job_qualification, career_learning");
    }

    @Test
    void goalsAllowTheOtherDimension() {
        Map<String, String> cells = new HashMap<>(Map.of(Goals.PERSON_ID, "p-1", Goals.GOAL_ID, "g1",
                Goals.DIMENSION, "other", Goals.SET_DATE, "2019-02-01", Goals.STATUS, "partly"));
        assertTrue(validate(Goals.TYPE, cells).isValid());
    }

    @Test
    void identifyingLookingValueIsMaskedInsideTheReason() {
        Map<String, String> cells = outcome("1234567");
        assertRejected(validate(Outcomes.TYPE, cells), Outcomes.STATUS,
                "unknown value '*******' for status; allowed: relevant_job, other_job, education, none");
    }
}
