package no.retthylle.analysis;

import java.util.List;
import no.retthylle.analysis.tables.BalanceTable;
import no.retthylle.analysis.tables.ComparisonTable;
import no.retthylle.analysis.tables.CompletionTable;
import no.retthylle.analysis.tables.FunnelTable;
import no.retthylle.analysis.tables.GoalsTable;
import no.retthylle.analysis.tables.InternshipsTable;
import no.retthylle.analysis.tables.IntroStatusTable;
import no.retthylle.analysis.tables.JobAttachmentTable;
import no.retthylle.analysis.tables.MeetingsTable;
import no.retthylle.analysis.tables.MetricTable;
import no.retthylle.analysis.tables.SelfSufficiencyTable;
import no.retthylle.analysis.tables.SkillsTable;
import no.retthylle.analysis.tables.TimeToJobSummaryTable;
import no.retthylle.analysis.tables.TimeToJobTable;

/** The metric tables one analysis run computed, by name. */
public record MetricTables(CompletionTable completion, JobAttachmentTable jobAttachment,
        SelfSufficiencyTable selfSufficiency, TimeToJobTable timeToJob,
        TimeToJobSummaryTable timeToJobSummary, ComparisonTable comparison, BalanceTable balance,
        SkillsTable skills, GoalsTable goals, IntroStatusTable introStatus, FunnelTable funnel,
        MeetingsTable meetings, InternshipsTable internships) {

    /** Every table, in the order they are written. */
    public List<MetricTable> all() {
        return List.of(completion, jobAttachment, selfSufficiency, timeToJob, timeToJobSummary,
                comparison, balance, skills, goals, introStatus, funnel, meetings, internships);
    }

    /**
     * The counts behind the shares that meetings.csv and internships.csv publish without
     * their numerator and denominator, for {@link ShareCounts#FILE_NAME}.
     */
    public ShareCounts shareCounts() {
        return ShareCounts.of(List.of(meetings, internships));
    }

    /**
     * Data-quality warnings found while computing the tables, for the person running the
     * analysis (never written into a table): cohorts with more than 5 started trainees.
     */
    public List<String> warnings() {
        return funnel.warnings();
    }
}
