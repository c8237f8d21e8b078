package no.retthylle.reports.figures;

import java.util.List;
import no.retthylle.reports.Language;

/**
 * Everything a rate-by-group figure shows, in its language, after disclosure control.
 *
 * @param id the file name stem and the id in figures.json
 * @param caption the caption under the figure in the report (not drawn in the chart)
 * @param footer lines drawn under the chart: source, snapshot and as-of; the note on groups not
 *     shown; the internal marking
 */
public record RateFigure(String id, String title, String caption, String xAxisTitle, String yAxisTitle,
                         String seriesName, String intervalName, List<RatePoint> points,
                         List<String> footer, Language language) {

    public RateFigure {
        points = List.copyOf(points);
        footer = List.copyOf(footer);
    }
}
