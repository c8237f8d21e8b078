package no.retthylle.warehouse;

import java.util.List;

/** {@code outcomes}: labour-market observations, one row per job offer/start or status change. */
public final class Outcomes {
    public static final String PERSON_ID = "person_id";
    public static final String DATE = "date";
    public static final String STATUS = "status";
    public static final String FTE_PCT = "fte_pct";
    public static final String FUNDING = "funding";
    public static final String PERMANENT = "permanent";

    public static final RecordType TYPE = new RecordType("outcomes", List.of(
            new Column(PERSON_ID, ColumnType.STRING, true),
            new Column(DATE, ColumnType.DATE, true),
            new Column(STATUS, ColumnType.ENUM, true),
            new Column(FTE_PCT, ColumnType.INT, false),
            new Column(FUNDING, ColumnType.ENUM, false),
            new Column(PERMANENT, ColumnType.BOOLEAN, false)));

    private Outcomes() {
    }
}
