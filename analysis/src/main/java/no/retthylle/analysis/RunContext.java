package no.retthylle.analysis;

import java.util.List;
import no.retthylle.warehouse.Manifest;

/**
 * What a set of metric tables was computed from and how: stored beside them as
 * {@code OUT/metrics/run.json} (snake_case keys), so that the report and every figure can
 * cite its snapshot, as-of date, settings and input files. Holds no run time, so the same
 * input gives the same file.
 *
 * @param asOf {@code yyyy-MM-dd}
 * @param extractDate {@code yyyy-MM-dd}
 * @param inputs the snapshot's input files with their row counts (research use: the
 *     report shows only the disclosure-controlled summary)
 */
public record RunContext(String snapshotId, String asOf, String extractDate, String softwareVersion,
        int jobWindowDays, int comparisonTrack, int followupDays, List<Manifest.FileEntry> inputs,
        List<String> warnings) {

    public static final String FILE_NAME = "run.json";

    public RunContext {
        inputs = List.copyOf(inputs);
        warnings = List.copyOf(warnings);
    }

    /** The context of an analysis of a snapshot with its manifest. */
    public static RunContext of(Manifest manifest, AnalysisSettings settings, String softwareVersion) {
        return new RunContext(manifest.snapshotId(), settings.asOf().toString(), manifest.extractDate(),
                softwareVersion, settings.jobWindowDays(), settings.comparisonTrack(), settings.followupDays(),
                manifest.files(), manifest.warnings());
    }

    public String toJson() {
        return JsonText.of(this);
    }

    public static RunContext fromJson(String json) {
        return JsonText.parse(json, RunContext.class);
    }
}
