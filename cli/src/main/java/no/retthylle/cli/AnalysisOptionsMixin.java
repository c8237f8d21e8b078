package no.retthylle.cli;

import java.time.LocalDate;
import no.retthylle.analysis.AnalysisSettings;
import picocli.CommandLine.Option;

/** Options of the analysis; defaults are those of the metrics spec. */
final class AnalysisOptionsMixin {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Compute every metric as of this date (yyyy-MM-dd; default: the drop's extract_date;"
                    + " a later date is refused).")
    LocalDate asOf;

    @Option(names = "--job-window-days", defaultValue = "90", paramLabel = "DAYS",
            description = "Days after a spell's end within which a relevant job counts for job_by_end (default: ${DEFAULT-VALUE}).")
    int jobWindowDays;

    @Option(names = "--comparison-track", defaultValue = "3", paramLabel = "TRACK",
            description = "Track (spor) of the comparison population (default: ${DEFAULT-VALUE}).")
    int comparisonTrack;

    @Option(names = "--followup-days", defaultValue = "365", paramLabel = "DAYS",
            description = "Follow-up after the index date in the comparison (default: ${DEFAULT-VALUE}).")
    int followupDays;

    /** The settings, as of {@code --as-of} or else the extract date; refuses a date after it. */
    AnalysisSettings settings(LocalDate extractDate) {
        LocalDate date = asOf == null ? extractDate : asOf;
        if (date.isAfter(extractDate)) {
            throw new UsageException("--as-of " + date + " is after the drop's extract_date " + extractDate
                    + ": the data cannot say anything about later dates");
        }
        if (jobWindowDays < 0 || followupDays < 1 || comparisonTrack < 1 || comparisonTrack > 3) {
            throw new UsageException("--job-window-days must be >= 0, --followup-days >= 1 and --comparison-track 1, 2 or 3");
        }
        return new AnalysisSettings(date, jobWindowDays, comparisonTrack, followupDays);
    }
}
