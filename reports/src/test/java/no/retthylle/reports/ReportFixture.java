package no.retthylle.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The report fixture of {@code src/test/resources/fixture/metrics}: every metric table of
 * metrics.md with hand-made values (Wilson bounds from {@code r/fixture_wilson.R}), a run.json
 * whose inputs reject 2 and 5 rows and whose warnings name made-up person, mentor and host ids, and
 * a share_counts.json with the counts behind the meetings and internships shares (see
 * {@link ReportLeakTest}).
 */
final class ReportFixture {

    static final List<String> FILES = List.of("completion.csv", "job_attachment.csv", "self_sufficiency.csv",
            "time_to_job_summary.csv", "comparison.csv", "balance.csv", "skills.csv", "goals.csv",
            "intro_status.csv", "funnel.csv", "meetings.csv", "internships.csv", "run.json",
            "share_counts.json");

    /** The ids planted in run.json's warnings, which no public file may repeat. */
    static final List<String> PLANTED_IDS = List.of("P-4711-X", "M-0815-Q", "H-2323-Z");

    private ReportFixture() {
    }

    /** Copies the fixture into {@code out/metrics}. */
    static void writeMetrics(Path out) throws IOException {
        Path metrics = Files.createDirectories(out.resolve("metrics"));
        for (String name : FILES) {
            try (InputStream in = ReportFixture.class.getResourceAsStream("/fixture/metrics/" + name)) {
                Files.copy(in, metrics.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
