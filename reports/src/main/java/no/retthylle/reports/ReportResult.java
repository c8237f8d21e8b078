package no.retthylle.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report run wrote.
 *
 * @param reportDirectory {@code OUT/report}, replaced as a whole
 * @param files the files written, relative to the report directory, in writing order
 * @param suppressedCells how many cells of the published tables show {@code :}
 */
public record ReportResult(Path reportDirectory, List<String> files, long suppressedCells) {

    public ReportResult {
        files = List.copyOf(files);
    }
}
