package no.retthylle.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import no.retthylle.analysis.RunContext;
import no.retthylle.reports.figures.Figure;

/**
 * figures.json: per figure its id, title, caption, the numbers drawn (never a suppressed one: a
 * point not drawn is listed under {@code not_shown} without numbers), the input snapshot, as_of,
 * the disclosure mode and k, the software version and the time the report was made; and the
 * figures skipped because their table was missing or empty.
 */
final class FiguresJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FiguresJson() {
    }

    static String of(FigureCatalog.Built built, RunContext run, ReportSettings settings, Instant generatedAt)
            throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("figures");
        for (Figure f : built.figures()) {
            ObjectNode node = list.addObject();
            node.put("id", f.id());
            node.put("title", f.title());
            node.put("caption", f.caption());
            ArrayNode data = node.putArray("data");
            for (Map<String, Object> point : f.data()) {
                data.add(MAPPER.valueToTree(point));
            }
            ArrayNode notShown = node.putArray("not_shown");
            f.notShown().forEach(notShown::add);
            node.put("snapshot_id", run.snapshotId());
            node.put("as_of", run.asOf());
            node.putObject("disclosure").put("mode", settings.mode().label()).put("min_cell", settings.minCell());
            node.put("software_version", run.softwareVersion());
            node.put("generated_at", generatedAt.toString());
        }
        ArrayNode skipped = root.putArray("skipped");
        built.skipped().forEach(skipped::add);
        return MAPPER.writeValueAsString(root) + "\n";
    }

}
