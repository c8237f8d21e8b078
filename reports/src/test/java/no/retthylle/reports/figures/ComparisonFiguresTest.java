package no.retthylle.reports.figures;

import static no.retthylle.reports.figures.FigureFixtures.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Disclosure;
import org.junit.jupiter.api.Test;

/** The forest plot of comparison.csv and the balance plot of balance.csv. */
class ComparisonFiguresTest {

    /**
     * k = 3. mentor_only has 2 jobs: n_job, rate and everything derived from the rate are
     * hidden. mentor_any (8 of 18) is the all row of the two mentor arms, so with only
     * mentor_only's n_job hidden the smallest other non-zero part, mentor_internship's 6, goes
     * too (else 8 − 6 gives the 2 away), and its rate and contrasts with it: rd and rd_adj of
     * mentor_internship and mentor_only are not drawn (4 values). The ordinary rate (3 of 10)
     * stays shown, so mentor_any's estimates are drawn. Rows: 3 arms besides ordinary, top first
     * at y = 3, 2, 1 (mentor_any at 1); unadjusted at y + 0.15, adjusted at y − 0.15.
     */
    @Test
    void forestDrawsBothEstimatesPerArmWithIntervals() {
        Figure f = ComparisonForest.figure(FigureFixtures.comparison(Disclosure.PUBLIC),
                context(Language.NB, Disclosure.PUBLIC));
        String expected = """
                title: Relevant jobb sammenlignet med ordinært program
                x axis: Forskjell i andel med relevant jobb (prosentpoeng)
                y axis: Programgruppe
                series: Ujustert: Mentor i alt (Line, no legend)
                  -0.2000: 1.1500
                  0.4500: 1.1500
                series: Ujustert (Scatter)
                  0.1444: 1.1500
                series: Justert for bakgrunn: Mentor i alt (Line, no legend)
                  -0.2000: 0.8500
                  0.4200: 0.8500
                series: Justert for bakgrunn (Scatter)
                  0.1200: 0.8500
                rows: Mentor og praksis | Bare mentor | Mentor i alt
                line: x = 0.0000
                footer: Kilde: retthylle, øyeblikksbilde snap-1, data per 1. september 2020
                footer: 4 verdier er ikke vist av personvernhensyn (tall under 3 og tall de kunne regnes ut fra).
                """;
        assertEquals(expected, ChartDump.of(f.chart()));
        assertEquals(List.of("mentor_internship/rd", "mentor_only/rd", "mentor_internship/rd_adj",
                "mentor_only/rd_adj"), f.notShown());
    }

    /**
     * Both arms of the SMDs are large enough (mentor_any 18, ordinary 10 ≥ 3): every SMD is
     * drawn, covariate i of 3 at y = 3 − i, with lines at −0.1, 0 and 0.1.
     */
    @Test
    void balanceDrawsSmdsBeforeAndAfterWeighting() {
        Figure f = CovariateBalance.figure(FigureFixtures.balance(Disclosure.PUBLIC),
                Optional.of(FigureFixtures.comparison(Disclosure.PUBLIC)), context(Language.NB, Disclosure.PUBLIC));
        String expected = """
                title: Bakgrunnskjennetegn før og etter vekting
                x axis: Standardisert forskjell (mentorprogram − ordinært program)
                y axis: Kjennetegn
                series: Før vekting (Scatter)
                  0.4000: 3.0000
                  -0.3000: 2.0000
                  0.2500: 1.0000
                series: Etter vekting (Scatter)
                  0.0500: 3.0000
                  0.0200: 2.0000
                  -0.0800: 1.0000
                rows: Kvinne | Alder ved ankomst | Utdanningsnivå
                line: x = -0.1000
                line: x = 0.0000
                line: x = 0.1000
                footer: Kilde: retthylle, øyeblikksbilde snap-1, data per 1. september 2020
                """;
        assertEquals(expected, ChartDump.of(f.chart()));
        assertEquals(6, f.data().size());
    }

    /** Without comparison.csv the arm sizes are unknown: in public output no SMD is drawn. */
    @Test
    void publicBalanceWithoutArmSizesDrawsNothing() {
        Figure f = CovariateBalance.figure(FigureFixtures.balance(Disclosure.PUBLIC), Optional.empty(),
                context(Language.NB, Disclosure.PUBLIC));
        assertEquals(List.of(), f.data());
        assertEquals(6, f.notShown().size());
        assertTrue(ChartDump.of(f.chart()).contains("series: Før vekting (Scatter)\n  NaN: -\n"));
    }
}
