package no.retthylle.reports.figures;

import java.awt.Color;
import java.util.List;

/**
 * The number-at-risk rows under a Kaplan–Meier plot: a heading row with the times, then one
 * row per curve with its label and, per time, the number still at risk (or {@code :}).
 *
 * @param heading the label of the times row
 * @param times the x values at which the numbers stand
 * @param timeLabels the texts of the times row, one per time
 * @param rows one per curve drawn
 */
public record RiskTable(String heading, List<Double> times, List<String> timeLabels, List<Row> rows) {

    /** One curve's numbers at risk, each already formatted (a suppressed one as {@code :}). */
    public record Row(String label, Color color, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    public RiskTable {
        times = List.copyOf(times);
        timeLabels = List.copyOf(timeLabels);
        rows = List.copyOf(rows);
    }
}
