package no.retthylle.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.retthylle.analysis.RunContext;
import no.retthylle.reports.figures.RateFigure;
import no.retthylle.reports.figures.RatePoint;

/**
 * figures.json: per figure its id, title, caption, the numbers drawn (never a suppressed one: a
 * group not drawn is listed under {@code not_shown} without numbers), the input snapshot, as_of,
 * the disclosure mode and k, and the software version.
 */
final class FiguresJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FiguresJson() {
    }

    static String of(List<RateFigure> figures, RunContext run, ReportSettings settings) throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("figures");
        for (RateFigure f : figures) {
            ObjectNode node = list.addObject();
            node.put("id", f.id());
            node.put("title", f.title());
            node.put("caption", f.caption());
            ArrayNode data = node.putArray("data");
            ArrayNode notShown = node.putArray("not_shown");
            for (RatePoint p : f.points()) {
                if (p.isDrawn()) {
                    data.addObject().put("group", p.group()).put("rate", p.rate().value())
                            .put("ci_low", p.low().value()).put("ci_high", p.high().value());
                } else {
                    notShown.add(p.group());
                }
            }
            node.put("snapshot_id", run.snapshotId());
            node.put("as_of", run.asOf());
            node.putObject("disclosure").put("mode", settings.mode().label()).put("min_cell", settings.minCell());
            node.put("software_version", run.softwareVersion());
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }
}
