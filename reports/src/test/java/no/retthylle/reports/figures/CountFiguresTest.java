package no.retthylle.reports.figures;

import static no.retthylle.reports.figures.FigureFixtures.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Disclosure;
import org.junit.jupiter.api.Test;

/** Bar figures of counts and scores: funnel, completion, self-sufficiency, skill scores. */
class CountFiguresTest {

    private static final String SOURCE_NB = "footer: Kilde: retthylle, øyeblikksbilde snap-1, data per 1. september 2020\n";

    /**
     * k = 3; conversion = n ÷ the previous stage's n. Cohort 1 interviewed 2 is hidden
     * (primary). Cohort 1 applied: 5 ÷ 6 leaves 1 → its conversion is hidden and takes n = 5
     * with it (complement rule). Then cohort 1 is the only hidden cohort of both the applied
     * and the interviewed column, so the smallest other non-zero cohort, cohort 2's 4, goes
     * too in each. Screened (6 and 4) stays. Stages without rows have no bars and are not
     * counted as hidden: 4 values hidden.
     */
    @Test
    void funnelHidesSmallStageCountsAndTheCohortThatWouldGiveThemAway() {
        Figure f = FunnelByCohort.figure(FigureFixtures.funnel(Disclosure.PUBLIC), context(Language.NB, Disclosure.PUBLIC));
        String rest = "  Fått tilbud: -\n  Matchet: -\n  Avtale: -\n  Startet: -\n  Fullført: -\n";
        assertEquals("title: Rekruttering etter kull\nx axis: Trinn\ny axis: Personer\n"
                + "series: Kull 1 (Bar)\n  Kartlagt: 6.0000\n  Søkt: -\n  Intervjuet: -\n" + rest
                + "series: Kull 2 (Bar)\n  Kartlagt: 4.0000\n  Søkt: -\n  Intervjuet: -\n" + rest
                + SOURCE_NB
                + "footer: 4 verdier er ikke vist av personvernhensyn (tall under 3 og tall de kunne regnes ut fra).\n",
                ChartDump.of(f.chart()));
        assertEquals(List.of("1/applied", "1/interviewed", "2/applied", "2/interviewed"), f.notShown());
        assertEquals(Map.of("cohort", "1", "stage", "screened", "n", 6.0), f.data().get(0));
        assertEquals(2, f.data().size());
    }

    /**
     * The completion table of ReportJobTest, whose suppression is worked out there: cohort 1
     * on_time and paused, cohort 2 on_time, paused and dropped_out are hidden (5 values); zeros
     * are drawn (an empty segment).
     */
    @Test
    void completionStacksStatusesAndLeavesOutHiddenSegments() {
        Figure f = CompletionByCohort.figure(FigureFixtures.completion(Disclosure.PUBLIC),
                context(Language.NB, Disclosure.PUBLIC));
        String expected = """
                title: Status for mentorløp etter kull
                x axis: Kull
                y axis: Mentorløp
                series: Fullført på tid (Bar)
                  Kull 1: -
                  Kull 2: -
                  Kull 3: 0.0000
                series: Fullført senere (Bar)
                  Kull 1: 0.0000
                  Kull 2: 0.0000
                  Kull 3: 0.0000
                series: Permisjon (Bar)
                  Kull 1: -
                  Kull 2: -
                  Kull 3: 0.0000
                series: Utdanning (Bar)
                  Kull 1: 0.0000
                  Kull 2: 0.0000
                  Kull 3: 0.0000
                series: Avbrutt (Bar)
                  Kull 1: 0.0000
                  Kull 2: -
                  Kull 3: 0.0000
                series: Pågår (Bar)
                  Kull 1: 0.0000
                  Kull 2: 0.0000
                  Kull 3: 5.0000
                """ + SOURCE_NB + """
                footer: 5 verdier er ikke vist av personvernhensyn (tall under 3 og tall de kunne regnes ut fra).
                """;
        assertEquals(expected, ChartDump.of(f.chart()));
        assertEquals(List.of("1/completed_on_time", "2/completed_on_time", "1/paused", "2/paused", "2/dropped_out"),
                f.notShown());
    }

    @Test
    void internalCompletionDrawsEveryCountAndIsMarked() {
        Figure f = CompletionByCohort.figure(FigureFixtures.completion(Disclosure.INTERNAL),
                context(Language.EN, Disclosure.INTERNAL));
        String dump = ChartDump.of(f.chart());
        // Cohort 1: 4 on time + 1 on leave = 5; cohort 2: 3 + 1 + 1 dropped out = 5.
        assertEquals(true, dump.contains("series: Completed on time (Bar)\n  Cohort 1: 4.0000\n  Cohort 2: 3.0000\n"));
        assertEquals(true, dump.contains("series: Dropped out (Bar)\n  Cohort 1: 0.0000\n  Cohort 2: 1.0000\n"));
        assertEquals(true, dump.endsWith("footer: INTERNT – ikke for publisering / INTERNAL – not for publication\n"));
        assertEquals(List.of(), f.notShown());
    }

    /**
     * mentor_only: partial 2 is hidden (primary); it is then the only hidden part of the row
     * 3 + 0 + 2 = 5, so the smallest non-zero other part, full 3, goes too (subsidised 0 stays).
     */
    @Test
    void selfSufficiencyHidesTheSecondPartOfARowWithOneHiddenPart() {
        Figure f = SelfSufficiencySplit.figure(FigureFixtures.selfSufficiency(Disclosure.PUBLIC),
                context(Language.NB, Disclosure.PUBLIC));
        String expected = """
                title: Første relevante jobb: grad av selvforsørgelse
                x axis: Programgruppe
                y axis: Mentorløp med relevant jobb
                series: Ordinær lønn, heltid (Bar)
                  Alle: 7.0000
                  Mentor og praksis: 4.0000
                  Bare mentor: -
                series: Lønnstilskudd (Bar)
                  Alle: 3.0000
                  Mentor og praksis: 3.0000
                  Bare mentor: 0.0000
                series: Deltid eller annet (Bar)
                  Alle: 5.0000
                  Mentor og praksis: 3.0000
                  Bare mentor: -
                """ + SOURCE_NB + """
                footer: 2 verdier er ikke vist av personvernhensyn (tall under 3 og tall de kunne regnes ut fra).
                """;
        assertEquals(expected, ChartDump.of(f.chart()));
        assertEquals(List.of("arm/mentor_only/full", "arm/mentor_only/partial"), f.notShown());
    }

    /** career_learning has 2 pairs (< k): its two means are hidden. */
    @Test
    void skillScoresLeaveOutMeansOverFewerThanKPersons() {
        Figure f = SkillScores.figure(FigureFixtures.skills(Disclosure.PUBLIC), context(Language.NB, Disclosure.PUBLIC));
        String expected = """
                title: Ferdighetsmål ved start og slutt
                x axis: Ferdighetsmål
                y axis: Gjennomsnittlig skår (1–5)
                series: Ved start (Bar)
                  Faglig nettverk: 2.5000
                  Jobbkvalifisering: 2.0000
                  Karrierelæring: -
                series: Ved slutt (Bar)
                  Faglig nettverk: 3.5000
                  Jobbkvalifisering: 3.0000
                  Karrierelæring: -
                """ + SOURCE_NB + """
                footer: 2 verdier er ikke vist av personvernhensyn (tall under 3 og tall de kunne regnes ut fra).
                """;
        assertEquals(expected, ChartDump.of(f.chart()));
        assertEquals(List.of("career_learning"), f.notShown());
        assertFalse(f.data().toString().contains("4.5"), "hidden final mean 4.5 is not among the drawn numbers");
    }
}
