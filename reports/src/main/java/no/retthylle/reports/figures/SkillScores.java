package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.ALL;
import static no.retthylle.reports.MetricColumns.DIMENSIONS;
import static no.retthylle.reports.MetricColumns.MEAN_BASELINE;
import static no.retthylle.reports.MetricColumns.MEAN_FINAL;

import java.util.ArrayList;
import java.util.List;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.ProtectedTable;

/**
 * Skill-goal scores (1–5) at baseline and at the end, per dimension, for everyone with both
 * scores (group all of skills.csv): two bars per dimension. A mean over fewer than k persons is
 * suppressed and has no bar; the footer says how many are left out.
 */
public final class SkillScores {

    public static final String ID = "skill_scores";

    private SkillScores() {
    }

    public static Figure figure(ProtectedTable skills, FigureContext context) {
        Language l = context.language();
        DrawnNumbers drawn = new DrawnNumbers();
        List<Double> baseline = new ArrayList<>();
        List<Double> fin = new ArrayList<>();
        int hidden = 0;
        for (String dimension : DIMENSIONS) {
            List<Integer> rows = skills.rowsOf(ALL, dimension);
            Cell b = rows.isEmpty() ? Cell.missing() : skills.cell(rows.get(0), MEAN_BASELINE);
            Cell f = rows.isEmpty() ? Cell.missing() : skills.cell(rows.get(0), MEAN_FINAL);
            baseline.add(DrawnNumbers.drawn(b));
            fin.add(DrawnNumbers.drawn(f));
            if (b.isShown() && f.isShown()) {
                drawn.add("dimension", dimension, "mean_baseline", b.value(), "mean_final", f.value());
            } else if (b.isSuppressed() || f.isSuppressed()) {
                drawn.hide(dimension);
                hidden += (b.isSuppressed() ? 1 : 0) + (f.isSuppressed() ? 1 : 0);
            }
        }
        List<String> labels = DIMENSIONS.stream().map(d -> GroupNames.code(l, "dimension." + d, d)).toList();
        String title = l.text("figure.skills.title");
        FootedChart chart = CountChart.build(List.of(title, l.text("figure.skills.xAxis"), l.text("figure.skills.yAxis")),
                labels, List.of(new CountChart.Bars(l.text("figure.skills.baseline"), baseline),
                        new CountChart.Bars(l.text("figure.skills.final"), fin)),
                false, context.footer(context.hiddenNote(hidden)), l);
        chart.getStyler().setYAxisMax(5.0);
        return new Figure(ID, title, l.text("figure.skills.caption", l.date(context.asOf())), chart, chart.footer(),
                drawn.data(), drawn.notShown());
    }
}
