package no.retthylle.warehouse;

import java.util.List;

/** {@code assessments}: skill-goal scores (ferdighetsmål), at most one per person, phase and dimension. */
public final class Assessments {
    public static final String PERSON_ID = "person_id";
    public static final String DATE = "date";
    public static final String PHASE = "phase";
    public static final String DIMENSION = "dimension";
    public static final String SCORE = "score";

    public static final RecordType TYPE = new RecordType("assessments", List.of(
            new Column(PERSON_ID, ColumnType.STRING, true),
            new Column(DATE, ColumnType.DATE, true),
            new Column(PHASE, ColumnType.ENUM, true),
            new Column(DIMENSION, ColumnType.ENUM, true),
            new Column(SCORE, ColumnType.INT, true)));

    private Assessments() {
    }
}
