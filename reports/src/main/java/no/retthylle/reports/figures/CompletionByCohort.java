package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.COHORT;
import static no.retthylle.reports.MetricColumns.COMPLETED_LATE;
import static no.retthylle.reports.MetricColumns.COMPLETED_ON_TIME;
import static no.retthylle.reports.MetricColumns.DROPPED_OUT;
import static no.retthylle.reports.MetricColumns.EDUCATION;
import static no.retthylle.reports.MetricColumns.ONGOING;
import static no.retthylle.reports.MetricColumns.PAUSED;

import java.util.ArrayList;
import java.util.List;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.ProtectedTable;

/**
 * Mentor spells by status and cohort from completion.csv, as stacked bars: one bar per cohort,
 * one segment per status. A suppressed count has no segment (the bar is then shorter than the
 * cohort's total); the footer says how many are left out.
 */
public final class CompletionByCohort {

    public static final String ID = "completion_by_cohort";

    /** The statuses in stacking order, bottom first. */
    static final List<String> STATUSES = List.of(COMPLETED_ON_TIME, COMPLETED_LATE, PAUSED, EDUCATION,
            DROPPED_OUT, ONGOING);

    private CompletionByCohort() {
    }

    public static Figure figure(ProtectedTable completion, FigureContext context) {
        Language l = context.language();
        List<Integer> rows = completion.rowsOf(COHORT, "");
        List<String> cohorts = rows.stream().map(r -> completion.rows().get(r).group()).toList();
        DrawnNumbers drawn = new DrawnNumbers();
        List<CountChart.Bars> series = new ArrayList<>();
        int hidden = 0;
        for (String status : STATUSES) {
            List<Double> values = new ArrayList<>();
            for (int r : rows) {
                Cell c = completion.cell(r, status);
                values.add(DrawnNumbers.drawn(c));
                String cohort = completion.rows().get(r).group();
                if (c.isShown()) {
                    drawn.add("cohort", cohort, "status", status, "n", c.value());
                } else if (c.isSuppressed()) {
                    drawn.hide(cohort + "/" + status);
                    hidden++;
                }
            }
            series.add(new CountChart.Bars(l.text("column." + status), values));
        }
        List<String> labels = cohorts.stream().map(c -> GroupNames.group(l, COHORT, c)).toList();
        String title = l.text("figure.completion.title");
        FootedChart chart = CountChart.build(List.of(title, l.text("figure.jobRate.xAxis"), l.text("figure.spells")),
                labels, series, true, context.footer(context.hiddenNote(hidden)), l);
        return new Figure(ID, title, l.text("figure.completion.caption", l.date(context.asOf())), chart,
                chart.footer(), drawn.data(), drawn.notShown());
    }
}
