package no.retthylle.warehouse;

import java.util.List;

/** {@code participants}: one row per person. */
public final class Participants {
    public static final String PERSON_ID = "person_id";
    public static final String MUNICIPALITY = "municipality";
    public static final String GENDER = "gender";
    public static final String BIRTH_YEAR = "birth_year";
    public static final String ARRIVAL_DATE = "arrival_date";
    public static final String EDUCATION_LEVEL = "education_level";
    public static final String EDUCATION_FIELD = "education_field";
    public static final String NOKUT_APPROVED = "nokut_approved";
    public static final String NORWEGIAN_LEVEL = "norwegian_level";
    public static final String TRACK = "track";

    public static final RecordType TYPE = new RecordType("participants", List.of(
            new Column(PERSON_ID, ColumnType.STRING, true),
            new Column(MUNICIPALITY, ColumnType.STRING, true),
            new Column(GENDER, ColumnType.ENUM, false),
            new Column(BIRTH_YEAR, ColumnType.INT, false),
            new Column(ARRIVAL_DATE, ColumnType.DATE, true),
            new Column(EDUCATION_LEVEL, ColumnType.ENUM, false),
            new Column(EDUCATION_FIELD, ColumnType.STRING, false),
            new Column(NOKUT_APPROVED, ColumnType.ENUM, false),
            new Column(NORWEGIAN_LEVEL, ColumnType.ENUM, false),
            new Column(TRACK, ColumnType.INT, true)));

    private Participants() {
    }
}
