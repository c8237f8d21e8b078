package no.retthylle.warehouse;

import java.util.List;

/** {@code rejects}: rows that broke a rule, with where and why. The value is masked where it may identify. */
public final class Rejects {
    public static final String FILE = "file";
    public static final String LINE = "line";
    public static final String COLUMN = "column";
    public static final String VALUE = "value";
    public static final String REASON = "reason";

    public static final RecordType TYPE = new RecordType("rejects", List.of(
            new Column(FILE, ColumnType.STRING, true),
            new Column(LINE, ColumnType.INT, true),
            new Column(COLUMN, ColumnType.STRING, true),
            new Column(VALUE, ColumnType.STRING, true),
            new Column(REASON, ColumnType.STRING, true)));

    private Rejects() {
    }
}
