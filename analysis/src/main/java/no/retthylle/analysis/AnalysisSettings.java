package no.retthylle.analysis;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one analysis run, passed to the SQL models as named markers.
 *
 * @param asOf the date every metric is as of; records dated later are ignored
 * @param jobWindowDays days after a spell's end_date within which a job counts for
 *     {@code job_by_end} ({@code --job-window-days}), ≥ 0
 * @param comparisonTrack the track of the comparison population ({@code --comparison-track})
 * @param followupDays the comparison's follow-up in days ({@code --followup-days}), ≥ 0
 */
public record AnalysisSettings(LocalDate asOf, int jobWindowDays, int comparisonTrack, int followupDays) {

    public static final int DEFAULT_JOB_WINDOW_DAYS = 90;
    public static final int DEFAULT_COMPARISON_TRACK = 3;
    public static final int DEFAULT_FOLLOWUP_DAYS = 365;

    /** The SQL marker names, e.g. {@code :as_of}. */
    public static final String AS_OF = "as_of";
    public static final String JOB_WINDOW_DAYS = "job_window_days";
    public static final String COMPARISON_TRACK = "comparison_track";
    public static final String FOLLOWUP_DAYS = "followup_days";

    public AnalysisSettings {
        Objects.requireNonNull(asOf, "asOf");
        if (jobWindowDays < 0 || followupDays < 0) {
            throw new IllegalArgumentException("day counts must be >= 0, got job window "
                    + jobWindowDays + ", follow-up " + followupDays);
        }
    }

    /** The spec's defaults: a 90-day job window, comparison track 3, 365 days of follow-up. */
    public static AnalysisSettings defaults(LocalDate asOf) {
        return new AnalysisSettings(asOf, DEFAULT_JOB_WINDOW_DAYS, DEFAULT_COMPARISON_TRACK,
                DEFAULT_FOLLOWUP_DAYS);
    }

    /** The named parameters every SQL model may use. */
    public Map<String, Object> sqlParameters() {
        return Map.of(AS_OF, asOf, JOB_WINDOW_DAYS, jobWindowDays,
                COMPARISON_TRACK, comparisonTrack, FOLLOWUP_DAYS, followupDays);
    }
}
