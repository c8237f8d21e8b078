package no.retthylle.ingest.validate;

import java.time.LocalDate;
import no.retthylle.warehouse.Outcomes;

/**
 * outcomes: {@code date} not after the extract date. For jobs ({@code relevant_job},
 * {@code other_job}) {@code fte_pct} is 1–100 when given (it is not required). For other
 * statuses {@code fte_pct}, {@code funding} and {@code permanent} have no meaning: a valid
 * value there is staged empty with a warning, not rejected.
 */
final class OutcomeRules implements RowRules {

    static final String RELEVANT_JOB = "relevant_job";
    static final String OTHER_JOB = "other_job";
    private static final int MAX_FTE = 100;
    private static final String JOBS_ONLY = "applies only to jobs (relevant_job, other_job)";

    private final LocalDate extractDate;

    OutcomeRules(LocalDate extractDate) {
        this.extractDate = extractDate;
    }

    @Override
    public void check(ParsedRow row) {
        row.requireNotAfter(Outcomes.DATE, extractDate, "extract date");
        String status = row.text(Outcomes.STATUS);
        if (RELEVANT_JOB.equals(status) || OTHER_JOB.equals(status)) {
            row.requireRange(Outcomes.FTE_PCT, 1, MAX_FTE);
        } else if (status != null) {
            row.clear(Outcomes.FTE_PCT, JOBS_ONLY);
            row.clear(Outcomes.FUNDING, JOBS_ONLY);
            row.clear(Outcomes.PERMANENT, JOBS_ONLY);
        }
    }
}
