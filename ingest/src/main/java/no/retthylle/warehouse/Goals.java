package no.retthylle.warehouse;

import java.util.List;

/** {@code goals}: individual SMART goals from the mentor agreement. */
public final class Goals {
    public static final String PERSON_ID = "person_id";
    public static final String GOAL_ID = "goal_id";
    public static final String DIMENSION = "dimension";
    public static final String SET_DATE = "set_date";
    public static final String STATUS = "status";

    public static final RecordType TYPE = new RecordType("goals", List.of(
            new Column(PERSON_ID, ColumnType.STRING, true),
            new Column(GOAL_ID, ColumnType.STRING, true),
            new Column(DIMENSION, ColumnType.ENUM, true),
            new Column(SET_DATE, ColumnType.DATE, true),
            new Column(STATUS, ColumnType.ENUM, true)));

    private Goals() {
    }
}
