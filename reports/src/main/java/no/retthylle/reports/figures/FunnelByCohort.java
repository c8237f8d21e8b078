package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.COHORT;
import static no.retthylle.reports.MetricColumns.N;
import static no.retthylle.reports.MetricColumns.STAGES;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.ProtectedTable;

/**
 * The recruitment funnel from funnel.csv: persons reaching each stage, one bar per cohort
 * (with {@code none}, persons without a mentor spell) per stage, stages in funnel order. A
 * suppressed count has no bar; the footer says how many bars are left out.
 */
public final class FunnelByCohort {

    public static final String ID = "funnel_by_cohort";

    private FunnelByCohort() {
    }

    public static Figure figure(ProtectedTable funnel, FigureContext context) {
        Language l = context.language();
        Set<String> cohorts = new LinkedHashSet<>();
        funnel.rows().stream().filter(k -> k.groupType().equals(COHORT)).forEach(k -> cohorts.add(k.group()));
        List<String> stages = STAGES.stream().map(s -> GroupNames.code(l, "stage." + s, s)).toList();
        DrawnNumbers drawn = new DrawnNumbers();
        List<CountChart.Bars> series = new ArrayList<>();
        int hidden = 0;
        for (String cohort : cohorts) {
            List<Double> values = new ArrayList<>();
            for (String stage : STAGES) {
                Cell n = cell(funnel, cohort, stage);
                values.add(DrawnNumbers.drawn(n));
                if (n.isShown()) {
                    drawn.add("cohort", cohort, "stage", stage, "n", n.value());
                } else if (n.isSuppressed()) {
                    drawn.hide(cohort + "/" + stage);
                    hidden++;
                }
            }
            series.add(new CountChart.Bars(GroupNames.group(l, COHORT, cohort), values));
        }
        String title = l.text("figure.funnel.title");
        FootedChart chart = CountChart.build(List.of(title, l.text("figure.funnel.xAxis"), l.text("figure.persons")),
                stages, series, false, context.footer(context.hiddenNote(hidden)), l);
        return new Figure(ID, title, l.text("figure.funnel.caption", l.date(context.asOf())), chart, chart.footer(),
                drawn.data(), drawn.notShown());
    }

    /** The cohort's count at the stage; a stage without a row has no one (shown as missing, no bar). */
    private static Cell cell(ProtectedTable funnel, String cohort, String stage) {
        for (int r : funnel.rowsOf(COHORT, stage)) {
            if (funnel.rows().get(r).group().equals(cohort)) {
                return funnel.cell(r, N);
            }
        }
        return Cell.missing();
    }
}
