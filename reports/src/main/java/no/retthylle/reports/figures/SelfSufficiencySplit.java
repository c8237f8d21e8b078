package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.ALL;
import static no.retthylle.reports.MetricColumns.ARM;
import static no.retthylle.reports.MetricColumns.FULL;
import static no.retthylle.reports.MetricColumns.PARTIAL;
import static no.retthylle.reports.MetricColumns.SUBSIDISED;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.ProtectedTable;

/**
 * The first relevant jobs by how self-sufficient they make the person, from
 * self_sufficiency.csv: stacked bars (full, subsidised, partial) for all spells with a job and
 * for each arm. A suppressed count has no segment; the footer says how many are left out.
 */
public final class SelfSufficiencySplit {

    public static final String ID = "self_sufficiency";

    static final List<String> CLASSES = List.of(FULL, SUBSIDISED, PARTIAL);

    private SelfSufficiencySplit() {
    }

    public static Figure figure(ProtectedTable table, FigureContext context) {
        Language l = context.language();
        List<Integer> rows = Stream.concat(table.rowsOf(ALL, "").stream(), table.rowsOf(ARM, "").stream()).toList();
        DrawnNumbers drawn = new DrawnNumbers();
        List<CountChart.Bars> series = new ArrayList<>();
        int hidden = 0;
        for (String c : CLASSES) {
            List<Double> values = new ArrayList<>();
            for (int r : rows) {
                Cell cell = table.cell(r, c);
                values.add(DrawnNumbers.drawn(cell));
                String group = table.rows().get(r).groupType() + "/" + table.rows().get(r).group();
                if (cell.isShown()) {
                    drawn.add("group", group, "class", c, "n", cell.value());
                } else if (cell.isSuppressed()) {
                    drawn.hide(group + "/" + c);
                    hidden++;
                }
            }
            series.add(new CountChart.Bars(l.text("figure.selfSufficiency." + c), values));
        }
        List<String> labels = rows.stream()
                .map(r -> GroupNames.group(l, table.rows().get(r).groupType(), table.rows().get(r).group())).toList();
        String title = l.text("figure.selfSufficiency.title");
        FootedChart chart = CountChart.build(List.of(title, l.text("figure.arm"), l.text("figure.spellsWithJob")),
                labels, series, true, context.footer(context.hiddenNote(hidden)), l);
        return new Figure(ID, title, l.text("figure.selfSufficiency.caption", l.date(context.asOf())), chart,
                chart.footer(), drawn.data(), drawn.notShown());
    }
}
