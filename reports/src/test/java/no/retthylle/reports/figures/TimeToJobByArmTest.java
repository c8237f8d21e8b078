package no.retthylle.reports.figures;

import static no.retthylle.reports.figures.FigureFixtures.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Disclosure;
import org.junit.jupiter.api.Test;

/**
 * The Kaplan–Meier figure on R's survfit of src/test/resources/r/km_fixture.R. Drawn is the share
 * with a job, 1 − S: mentor_internship 1 − 0.75 = 0.25 at day 30, 1 − 0.5 = 0.5 from day 100;
 * band [1 − 0.960549, 1 − 0.127947] = [0.039451, 0.872053] from day 30 and [1 − 0.844861,
 * 1 − 0.057847] = [0.155139, 0.942153] from day 100. ordinary 1 − 0.666667 = 0.333333 from day
 * 200, band [0.054794, 0.945927].
 */
class TimeToJobByArmTest {

    /**
     * k = 3. mentor_only starts with 2 at risk: no curve. Numbers at risk at 0, 180 and 365 days
     * (the last time drawn is 400, so 545 is not shown): mentor_internship: first rows at or after
     * them are day 30 (4), day 200 (2 → :) and day 400 (1 → :); ordinary: day 200 (3), day 200 (3),
     * day 365 (2 → :).
     */
    @Test
    void drawsArmsOfAtLeastKPersonsAndShowsSmallRiskSetsAsColons() {
        Figure f = TimeToJobByArm.figure(FigureFixtures.timeToJob(Disclosure.PUBLIC), context(Language.NB, Disclosure.PUBLIC));
        String expected = """
                title: Tid til relevant jobb etter programgruppe
                x axis: Dager fra oppstart
                y axis: Andel med relevant jobb
                series: Mentor og praksis (95 % konfidensintervall) (PolygonArea, no legend)
                  0.0000: 0.0000
                  30.0000: 0.0000
                  30.0000: 0.8721
                  100.0000: 0.8721
                  100.0000: 0.9422
                  200.0000: 0.9422
                  200.0000: 0.9422
                  400.0000: 0.9422
                  400.0000: 0.9422
                  400.0000: 0.1551
                  400.0000: 0.1551
                  200.0000: 0.1551
                  200.0000: 0.1551
                  100.0000: 0.1551
                  100.0000: 0.0395
                  30.0000: 0.0395
                  30.0000: 0.0000
                  0.0000: 0.0000
                series: Mentor og praksis (Step)
                  0.0000: 0.0000
                  30.0000: 0.2500
                  100.0000: 0.5000
                  200.0000: 0.5000
                  400.0000: 0.5000
                series: Ordinært program (95 % konfidensintervall) (PolygonArea, no legend)
                  0.0000: 0.0000
                  200.0000: 0.0000
                  200.0000: 0.9459
                  365.0000: 0.9459
                  365.0000: 0.9459
                  365.0000: 0.0548
                  365.0000: 0.0548
                  200.0000: 0.0548
                  200.0000: 0.0000
                  0.0000: 0.0000
                series: Ordinært program (Step)
                  0.0000: 0.0000
                  200.0000: 0.3333
                  365.0000: 0.3333
                at risk: Antall fulgt, dag: 0 180 365
                at risk: Mentor og praksis: 4 : :
                at risk: Ordinært program: 3 3 :
                footer: Kilde: retthylle, øyeblikksbilde snap-1, data per 1. september 2020
                footer: Ikke vist (færre enn 3 personer): Bare mentor.
                footer: «:» = færre enn 3 personer fulgt.
                """;
        assertEquals(expected, ChartDump.of(f.chart()));
        assertEquals(List.of("mentor_only"), f.notShown());
        assertTrue(f.data().contains(Map.of("arm", "mentor_internship", "t_days", 30.0, "share_with_job", 0.25,
                "ci_low", 0.039451, "ci_high", 0.872053)), f.data().toString());
        assertTrue(f.data().stream().noneMatch(d -> "mentor_only".equals(d.get("arm"))));
        assertTrue(f.data().stream().noneMatch(d -> Double.valueOf(2.0).equals(d.get("n_risk"))));
    }

    /** Internal: mentor_only is drawn too (0.5 from day 50), and every number at risk shows. */
    @Test
    void internalOutputDrawsEveryArm() {
        Figure f = TimeToJobByArm.figure(FigureFixtures.timeToJob(Disclosure.INTERNAL),
                context(Language.EN, Disclosure.INTERNAL));
        String dump = ChartDump.of(f.chart());
        assertTrue(dump.contains("series: Mentor only (Step)\n  0.0000: 0.0000\n  50.0000: 0.5000\n  90.0000: 0.5000\n"),
                dump);
        // Mentor only at 180 days: no row at or after it, so 0 at risk.
        assertTrue(dump.contains("at risk: Mentor and internship: 4 2 1\nat risk: Mentor only: 2 0 0\n"
                + "at risk: Ordinary programme: 3 3 2\n"), dump);
        assertTrue(dump.endsWith("footer: INTERNT – ikke for publisering / INTERNAL – not for publication\n"));
    }
}
