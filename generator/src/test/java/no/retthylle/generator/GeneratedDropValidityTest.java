package no.retthylle.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.retthylle.ingest.stage.DropStager;
import no.retthylle.ingest.stage.IngestOptions;
import no.retthylle.ingest.stage.StagedDrop;
import no.retthylle.ingest.stage.StagedFile;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Participants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2,000-person drop through the real phase-1 reader and validator, plus the cross-row
 * rules of records.md that phase 1 leaves to Spark (no overlapping spells of one programme)
 * and the generator's own promises (cohorts, mentor timing, internships inside mentor spells).
 */
class GeneratedDropValidityTest {

    private static final LocalDate EXTRACT = LocalDate.of(2024, 9, 1);

    @TempDir
    static Path tmp;
    static Path drop;
    static List<Map<String, String>> enrolments;

    @BeforeAll
    static void generate() throws Exception {
        drop = tmp.resolve("drop");
        GenerateJob.run(new GeneratorSettings(2_000, 20240901L, EXTRACT), drop);
        enrolments = DropTable.read(drop, Enrolments.TYPE);
    }

    @Test
    void everyRowPassesThePhaseOneValidatorWithoutWarnings() throws Exception {
        StagedDrop staged = new DropStager(new IngestOptions(Optional.empty(), Optional.empty()))
                .stage(drop, tmp.resolve("staging"));
        assertEquals(EXTRACT, staged.extractDate());
        assertEquals(6, staged.files().size());
        for (StagedFile file : staged.files()) {
            assertEquals(0, file.rowsRejected(), file.type().name());
            assertTrue(file.rowsRead() > 0, file.type().name());
        }
        assertEquals(List.of(), staged.warnings());
    }

    @Test
    void spellsOfOneProgrammeNeverOverlap() {
        Map<String, List<Map<String, String>>> byPersonAndProgramme = enrolments.stream().collect(Collectors.groupingBy(
                r -> r.get(Enrolments.PERSON_ID) + "/" + r.get(Enrolments.PROGRAMME)));
        for (List<Map<String, String>> spells : byPersonAndProgramme.values()) {
            List<Map<String, String>> ordered = new ArrayList<>(spells);
            ordered.sort(Comparator.comparing(r -> r.get(Enrolments.START_DATE)));
            for (int i = 1; i < ordered.size(); i++) {
                String earlierEnd = ordered.get(i - 1).get(Enrolments.END_DATE);
                assertFalse(earlierEnd.isEmpty(), "an ongoing spell must be the last one");
                assertTrue(earlierEnd.compareTo(ordered.get(i).get(Enrolments.START_DATE)) < 0);
            }
        }
    }

    @Test
    void cohortsHoldAtMostFiveTraineesOfTheirOwnMunicipality() throws Exception {
        Map<String, String> municipality = new HashMap<>();
        DropTable.read(drop, Participants.TYPE).forEach(
                r -> municipality.put(r.get(Participants.PERSON_ID), r.get(Participants.MUNICIPALITY)));
        Map<String, Integer> sizes = new HashMap<>();
        for (Map<String, String> spell : mentorSpells()) {
            String cohort = spell.get(Enrolments.COHORT);
            assertTrue(cohort.matches("\\d{4}-20\\d\\dH[12]"), cohort);
            assertEquals(municipality.get(spell.get(Enrolments.PERSON_ID)), cohort.substring(0, 4));
            sizes.merge(cohort, 1, Integer::sum);
        }
        assertTrue(sizes.values().stream().allMatch(n -> n <= SelectionModel.COHORT_SIZE), sizes.toString());
    }

    @Test
    void mentorSpellsLastTwelveMonthsAndStartAtLeastAYearIntoIntro() {
        Map<String, LocalDate> introStart = new HashMap<>();
        enrolments.stream().filter(r -> r.get(Enrolments.PROGRAMME).equals(Programmes.INTRO))
                .forEach(r -> introStart.put(r.get(Enrolments.PERSON_ID), date(r, Enrolments.START_DATE)));
        Map<String, LocalDate> firstMentor = new HashMap<>();
        for (Map<String, String> spell : mentorSpells()) {
            firstMentor.merge(spell.get(Enrolments.PERSON_ID), date(spell, Enrolments.START_DATE),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        assertFalse(firstMentor.isEmpty());
        firstMentor.forEach((person, start) -> assertFalse(start.isBefore(introStart.get(person).plusMonths(12)),
                person));
        for (Map<String, String> spell : mentorSpells()) {
            LocalDate start = date(spell, Enrolments.START_DATE);
            if (start.equals(firstMentor.get(spell.get(Enrolments.PERSON_ID)))) {
                assertEquals(start.plusMonths(12), date(spell, Enrolments.PLANNED_END_DATE));
            }
        }
    }

    @Test
    void internshipsLieInsideAMentorSpell() {
        List<Map<String, String>> internships = enrolments.stream()
                .filter(r -> r.get(Enrolments.PROGRAMME).equals(Programmes.INTERNSHIP)).toList();
        assertFalse(internships.isEmpty());
        for (Map<String, String> internship : internships) {
            LocalDate start = date(internship, Enrolments.START_DATE);
            LocalDate end = internship.get(Enrolments.END_DATE).isEmpty() ? EXTRACT : date(internship, Enrolments.END_DATE);
            boolean inside = mentorSpells().stream()
                    .filter(m -> m.get(Enrolments.PERSON_ID).equals(internship.get(Enrolments.PERSON_ID)))
                    .anyMatch(m -> !start.isBefore(date(m, Enrolments.START_DATE))
                            && !end.isAfter(m.get(Enrolments.END_DATE).isEmpty() ? EXTRACT : date(m, Enrolments.END_DATE)));
            assertTrue(inside, internship.toString());
        }
    }

    private static List<Map<String, String>> mentorSpells() {
        return enrolments.stream().filter(r -> r.get(Enrolments.PROGRAMME).equals(Programmes.MENTOR)).toList();
    }

    private static LocalDate date(Map<String, String> row, String column) {
        return LocalDate.parse(row.get(column));
    }
}
