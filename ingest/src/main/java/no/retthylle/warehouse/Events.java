package no.retthylle.warehouse;

import java.util.List;

/** {@code events}: dated programme events. */
public final class Events {
    public static final String PERSON_ID = "person_id";
    public static final String DATE = "date";
    public static final String EVENT = "event";
    public static final String MEETING_NO = "meeting_no";
    public static final String THEME = "theme";
    public static final String MINUTES_WRITTEN = "minutes_written";

    public static final RecordType TYPE = new RecordType("events", List.of(
            new Column(PERSON_ID, ColumnType.STRING, true),
            new Column(DATE, ColumnType.DATE, true),
            new Column(EVENT, ColumnType.ENUM, true),
            new Column(MEETING_NO, ColumnType.INT, false),
            new Column(THEME, ColumnType.ENUM, false),
            new Column(MINUTES_WRITTEN, ColumnType.BOOLEAN, false)));

    private Events() {
    }
}
