package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.ALL;
import static no.retthylle.reports.MetricColumns.CI_HIGH;
import static no.retthylle.reports.MetricColumns.CI_LOW;
import static no.retthylle.reports.MetricColumns.RATE_WORK_OR_EDUCATION;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.ProtectedTable;

/**
 * The national indicator from intro_status.csv: the share in work or education on 15 November
 * the year after leaving the introduction programme, by exit year (group all), with Wilson
 * intervals and a line at the national goal of 70 %.
 */
public final class IntroStatusByYear {

    public static final String ID = "intro_status_by_year";

    /** The national goal (IMDi): at least 70 % in work or education one year after the programme. */
    public static final double NATIONAL_GOAL = 0.70;

    private IntroStatusByYear() {
    }

    public static Figure figure(ProtectedTable introStatus, FigureContext context) {
        Language l = context.language();
        List<Integer> rows = IntStream.range(0, introStatus.rows().size())
                .filter(r -> introStatus.rows().get(r).groupType().equals(ALL)).boxed().toList();
        List<RatePoint> points = rows.stream()
                .map(r -> new RatePoint(introStatus.rows().get(r).stratum(), introStatus.cell(r, RATE_WORK_OR_EDUCATION),
                        introStatus.cell(r, CI_LOW), introStatus.cell(r, CI_HIGH)))
                .toList();
        List<String> hidden = points.stream().filter(p -> !p.isDrawn() && p.rate().isSuppressed())
                .map(RatePoint::group).toList();
        List<String> notes = new ArrayList<>();
        notes.add(l.text("figure.introStatus.goal", l.axisPercent(NATIONAL_GOAL)));
        if (!hidden.isEmpty()) {
            notes.add(l.text("figure.suppressedYears", String.join(", ", hidden)));
        }
        RateFigure rates = new RateFigure(ID,
                l.text("figure.introStatus.title"),
                l.text("figure.introStatus.caption", l.axisPercent(NATIONAL_GOAL)),
                l.text("figure.introStatus.xAxis"),
                l.text("figure.introStatus.yAxis"),
                l.text("figure.introStatus.yAxis"),
                l.text("figure.jobRate.interval"),
                points,
                context.footer(notes),
                l);
        FootedChart chart = RateChart.build(rates);
        chart.addHorizontalLine(NATIONAL_GOAL);
        return Figure.of(rates, chart);
    }
}
