package no.retthylle.analysis;

import java.util.List;
import no.retthylle.analysis.tables.BalanceTable;
import no.retthylle.analysis.tables.ComparisonTable;
import no.retthylle.analysis.tables.CompletionTable;
import no.retthylle.analysis.tables.JobAttachmentTable;
import no.retthylle.analysis.tables.MetricTable;
import no.retthylle.analysis.tables.SelfSufficiencyTable;
import no.retthylle.analysis.tables.TimeToJobSummaryTable;
import no.retthylle.analysis.tables.TimeToJobTable;

/** The metric tables one analysis run computed, by name. */
public record MetricTables(CompletionTable completion, JobAttachmentTable jobAttachment,
        SelfSufficiencyTable selfSufficiency, TimeToJobTable timeToJob,
        TimeToJobSummaryTable timeToJobSummary, ComparisonTable comparison, BalanceTable balance) {

    /** Every table, in the order they are written. */
    public List<MetricTable> all() {
        return List.of(completion, jobAttachment, selfSufficiency, timeToJob, timeToJobSummary,
                comparison, balance);
    }
}
