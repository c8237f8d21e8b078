package no.retthylle.reports.figures;

import static no.retthylle.reports.figures.FigureFixtures.context;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Disclosure;
import org.junit.jupiter.api.Test;

/** Rate figures with Wilson whiskers: job rate by arm, status after the introduction programme. */
class RateFiguresTest {

    /**
     * k = 3. mentor_internship 4 of 4 (complement 0) and mentor_only 5 of 10 are shown;
     * internship_only 1 of 2 has n < k and is hidden. Arms do not add up to all, so nothing more.
     */
    @Test
    void jobRateByArmNamesArmsAndHidesSmallOnes() {
        RateFigure figure = JobRateByArm.figure(FigureFixtures.jobAttachment(Disclosure.PUBLIC),
                context(Language.NB, Disclosure.PUBLIC));
        String expected = """
                title: Relevant jobb etter programgruppe
                x axis: Programgruppe
                y axis: Andel med relevant jobb
                series: Andel med relevant jobb (Bar)
                  Mentor og praksis: 1.0000
                  Bare mentor: 0.5000
                  Bare praksis: -
                series: 95 % konfidensintervall (Wilson) (Scatter)
                  Mentor og praksis: [0.5101, 1.0000]
                  Bare mentor: [0.2366, 0.7634]
                  Bare praksis: -
                footer: Kilde: retthylle, øyeblikksbilde snap-1, data per 1. september 2020
                footer: Ikke vist av personvernhensyn: Bare praksis.
                """;
        assertEquals(expected, ChartDump.of(RateChart.build(figure)));
        Figure f = Figure.of(figure, RateChart.build(figure));
        assertEquals(List.of("Bare praksis"), f.notShown());
        assertEquals(2, f.data().size());
    }

    /**
     * 2018: 4 + 3 + 3, 7 of 10, shown with its Wilson interval. 2019: other = 1 is hidden, then (row sum
     * 4 + 3 + 1) the smallest other non-zero part, education 3; the rate 7 of 8 leaves 1 and is
     * hidden with its interval. The goal line is at 0.70; bokmål writes "70\u00a0%" (no-break space).
     */
    @Test
    void introStatusDrawsTheNationalGoalAndHidesASmallComplement() {
        Figure f = IntroStatusByYear.figure(FigureFixtures.introStatus(Disclosure.PUBLIC),
                context(Language.NB, Disclosure.PUBLIC));
        String expected = """
                title: I arbeid eller utdanning året etter introduksjonsprogrammet
                x axis: Avsluttet introduksjonsprogrammet i år
                y axis: Andel i arbeid eller utdanning
                series: Andel i arbeid eller utdanning (Bar)
                  2018: 0.7000
                  2019: -
                series: 95 % konfidensintervall (Wilson) (Scatter)
                  2018: [0.3968, 0.8922]
                  2019: -
                line: y = 0.7000
                footer: Kilde: retthylle, øyeblikksbilde snap-1, data per 1. september 2020
                footer: Stiplet linje: nasjonalt mål (70\u00a0%).
                footer: Ikke vist av personvernhensyn: avgangsår 2019.
                """;
        assertEquals(expected, ChartDump.of(f.chart()));
        assertEquals(List.of("2019"), f.notShown());
    }

    @Test
    void internalIntroStatusDrawsEveryYear() {
        Figure f = IntroStatusByYear.figure(FigureFixtures.introStatus(Disclosure.INTERNAL),
                context(Language.EN, Disclosure.INTERNAL));
        String dump = ChartDump.of(f.chart());
        // 2019: (4 + 3) / 8 = 0.875, Wilson [0.5291, 0.9776] (R prop.test(7, 8, correct = FALSE)).
        assertEquals(true, dump.contains("  2019: 0.8750\n"), dump);
        assertEquals(true, dump.contains("  2019: [0.5291, 0.9776]\n"), dump);
        assertEquals(true, dump.contains("footer: Dashed line: national goal (70%).\n"), dump);
    }
}
