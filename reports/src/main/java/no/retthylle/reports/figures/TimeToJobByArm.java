package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.ARM;
import static no.retthylle.reports.MetricColumns.CI_HIGH;
import static no.retthylle.reports.MetricColumns.CI_LOW;
import static no.retthylle.reports.MetricColumns.N_RISK;
import static no.retthylle.reports.MetricColumns.SURVIVAL;
import static no.retthylle.reports.MetricColumns.T_DAYS;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.ProtectedTable;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Kaplan–Meier curves of the time to a relevant job by arm, from time_to_job.csv, drawn as the
 * share with a relevant job, 1 − S(t), a step function from 0 at day 0, with its 95 % log-log
 * interval [1 − ci_high, 1 − ci_low] as a band (where R leaves the interval empty, at S = 1 or
 * 0, the band is the curve itself). Under the plot, the number at risk every half year (0, 180,
 * 365, 545, 730, … days): at time t, the n_risk of the first row with t_days ≥ t, 0 after the
 * last row, {@code :} when suppressed.
 *
 * <p>Disclosure (metrics.md rule 3): in public output a curve is drawn only for an arm of at
 * least k persons, its size being the number at risk in its first row; a smaller arm is named
 * in the footer without numbers.
 */
public final class TimeToJobByArm {

    public static final String ID = "time_to_job_by_arm";

    /** The arms in the order of their colours, shared with the other figures by arm. */
    static final List<String> ARMS = List.of("mentor_internship", "mentor_only", "internship_only", "ordinary");

    private static final int HEIGHT = 600;

    private TimeToJobByArm() {
    }

    public static Figure figure(ProtectedTable table, FigureContext context) {
        Language l = context.language();
        Map<String, List<Integer>> arms = new LinkedHashMap<>();
        for (int r : table.rowsOf(ARM, "")) {
            arms.computeIfAbsent(table.rows().get(r).group(), a -> new ArrayList<>()).add(r);
        }
        DrawnNumbers drawn = new DrawnNumbers();
        List<String> hidden = new ArrayList<>();
        Map<String, List<Integer>> shown = new LinkedHashMap<>();
        arms.forEach((arm, rows) -> {
            if (isLargeEnough(table.cell(rows.get(0), N_RISK), context)) {
                shown.put(arm, rows);
            } else {
                hidden.add(GroupNames.group(l, ARM, arm));
                drawn.hide(arm);
            }
        });
        double last = 0;
        for (List<Integer> rows : shown.values()) {
            last = Math.max(last, table.cell(rows.get(rows.size() - 1), T_DAYS).value());
        }
        RiskTable risk = riskTable(table, shown, last, drawn, l);
        List<String> notes = new ArrayList<>();
        if (!hidden.isEmpty()) {
            notes.add(l.text("figure.km.hidden", String.join(", ", hidden), context.minCell()));
        }
        if (risk.rows().stream().anyMatch(row -> row.cells().contains(Cell.SUPPRESSED_SYMBOL))) {
            notes.add(l.text("figure.km.colon", context.minCell()));
        }
        FootedXYChart chart = ChartStyle.xyChart(List.of(l.text("figure.km.title"), l.text("figure.km.xAxis"),
                l.text("figure.km.yAxis")), HEIGHT, context.footer(notes), l);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisMin(0.0).setXAxisMax(Math.max(last, 1))
                .setYAxisTickLabelsFormattingFunction(l::axisPercent)
                .setXAxisTickLabelsFormattingFunction(v -> ChartStyle.wholeNumber(v, l));
        shown.forEach((arm, rows) -> addCurve(chart, table, arm, rows, drawn, l));
        chart.setRiskTable(risk);
        String title = l.text("figure.km.title");
        return new Figure(ID, title, l.text("figure.km.caption", l.date(context.asOf())), chart, chart.footer(),
                drawn.data(), drawn.notShown());
    }

    private static boolean isLargeEnough(Cell groupSize, FigureContext context) {
        return !context.isPublic() || (groupSize.isShown() && groupSize.value() >= context.minCell());
    }

    private static void addCurve(FootedXYChart chart, ProtectedTable table, String arm, List<Integer> rows,
                                 DrawnNumbers drawn, Language l) {
        int n = rows.size() + 1;
        double[] t = new double[n];
        double[] share = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 1; i < n; i++) {
            int r = rows.get(i - 1);
            t[i] = table.cell(r, T_DAYS).value();
            double s = table.cell(r, SURVIVAL).value();
            Cell lo = table.cell(r, CI_LOW);
            Cell hi = table.cell(r, CI_HIGH);
            share[i] = complement(s);
            low[i] = hi.isShown() ? complement(hi.value()) : share[i];
            high[i] = lo.isShown() ? complement(lo.value()) : share[i];
            if (hi.isShown() && lo.isShown()) {
                drawn.add("arm", arm, "t_days", t[i], "share_with_job", share[i], "ci_low", low[i], "ci_high", high[i]);
            } else {
                drawn.add("arm", arm, "t_days", t[i], "share_with_job", share[i]);
            }
        }
        Color colour = ChartStyle.colour(Math.max(0, ARMS.indexOf(arm)));
        String name = GroupNames.group(l, ARM, arm);
        double[][] outline = StepPolygon.band(t, low, high);
        XYSeries band = chart.addSeries(l.text("figure.km.band", name), outline[0], outline[1]);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea).setShowInLegend(false);
        band.setFillColor(ChartStyle.translucent(colour));
        band.setLineColor(ChartStyle.translucent(colour));
        band.setMarker(SeriesMarkers.NONE);
        XYSeries curve = chart.addSeries(name, t, share);
        curve.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
        curve.setLineColor(colour);
        curve.setMarker(SeriesMarkers.NONE);
    }

    private static RiskTable riskTable(ProtectedTable table, Map<String, List<Integer>> shown, double last,
                                       DrawnNumbers drawn, Language l) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; halfYear(i) <= last; i++) {
            times.add((double) halfYear(i));
        }
        List<RiskTable.Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> arm : shown.entrySet()) {
            List<String> cells = new ArrayList<>();
            for (double time : times) {
                Cell atRisk = atRisk(table, arm.getValue(), time);
                cells.add(atRisk.isSuppressed() ? Cell.SUPPRESSED_SYMBOL : l.count(atRisk.value()));
                if (atRisk.isShown()) {
                    drawn.add("arm", arm.getKey(), "t_days", time, "n_risk", atRisk.value());
                }
            }
            rows.add(new RiskTable.Row(GroupNames.group(l, ARM, arm.getKey()),
                    ChartStyle.colour(Math.max(0, ARMS.indexOf(arm.getKey()))), cells));
        }
        return new RiskTable(l.text("figure.km.atRisk"), times, times.stream().map(l::count).toList(), rows);
    }

    /** 1 − p, rounded to the six decimals of the metric tables (so 1 − 0.960549 is 0.039451, not 0.0394510…01). */
    private static double complement(double p) {
        return Math.round((1 - p) * 1e6) / 1e6;
    }

    /** 0, 180, 365, 545, 730, …: whole years and the day 180 into each. */
    private static int halfYear(int i) {
        return (i / 2) * 365 + (i % 2) * 180;
    }

    /** The number at risk at {@code time}: n_risk of the first row at or after it; 0 after the last. */
    private static Cell atRisk(ProtectedTable table, List<Integer> rows, double time) {
        for (int r : rows) {
            if (table.cell(r, T_DAYS).value() >= time) {
                return table.cell(r, N_RISK);
            }
        }
        return Cell.of(0);
    }
}
