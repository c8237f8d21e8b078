package no.retthylle.warehouse;

import java.util.List;

/** {@code enrolments}: one row per programme spell. */
public final class Enrolments {
    public static final String PERSON_ID = "person_id";
    public static final String PROGRAMME = "programme";
    public static final String COHORT = "cohort";
    public static final String START_DATE = "start_date";
    public static final String PLANNED_END_DATE = "planned_end_date";
    public static final String END_DATE = "end_date";
    public static final String END_REASON = "end_reason";
    public static final String MENTOR_ID = "mentor_id";
    public static final String HOST_ORG_ID = "host_org_id";
    public static final String FTE_PCT = "fte_pct";
    public static final String TRAINING_PLAN = "training_plan";
    public static final String MENTOR_AT_HOST = "mentor_at_host";

    public static final RecordType TYPE = new RecordType("enrolments", List.of(
            new Column(PERSON_ID, ColumnType.STRING, true),
            new Column(PROGRAMME, ColumnType.ENUM, true),
            new Column(COHORT, ColumnType.STRING, true),
            new Column(START_DATE, ColumnType.DATE, true),
            new Column(PLANNED_END_DATE, ColumnType.DATE, true),
            new Column(END_DATE, ColumnType.DATE, true),
            new Column(END_REASON, ColumnType.ENUM, true),
            new Column(MENTOR_ID, ColumnType.STRING, false),
            new Column(HOST_ORG_ID, ColumnType.STRING, false),
            new Column(FTE_PCT, ColumnType.INT, false),
            new Column(TRAINING_PLAN, ColumnType.BOOLEAN, false),
            new Column(MENTOR_AT_HOST, ColumnType.BOOLEAN, false)));

    private Enrolments() {
    }
}
