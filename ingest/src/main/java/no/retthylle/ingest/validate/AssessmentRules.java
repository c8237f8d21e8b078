package no.retthylle.ingest.validate;

import no.retthylle.warehouse.Assessments;

/** assessments: {@code score} 1–5. */
final class AssessmentRules implements RowRules {

    private static final int MAX_SCORE = 5;

    @Override
    public void check(ParsedRow row) {
        row.requireRange(Assessments.SCORE, 1, MAX_SCORE);
    }
}
