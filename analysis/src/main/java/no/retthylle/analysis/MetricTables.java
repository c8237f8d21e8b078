package no.retthylle.analysis;

import java.util.List;
import no.retthylle.analysis.tables.CompletionTable;
import no.retthylle.analysis.tables.JobAttachmentTable;
import no.retthylle.analysis.tables.MetricTable;
import no.retthylle.analysis.tables.SelfSufficiencyTable;

/** The metric tables one analysis run computed, by name. */
public record MetricTables(CompletionTable completion, JobAttachmentTable jobAttachment,
        SelfSufficiencyTable selfSufficiency) {

    /** Every table, in the order they are written. */
    public List<MetricTable> all() {
        return List.of(completion, jobAttachment, selfSufficiency);
    }
}
