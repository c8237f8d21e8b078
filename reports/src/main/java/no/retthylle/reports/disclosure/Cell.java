package no.retthylle.reports.disclosure;

/**
 * One published cell: a value, a missing value (not defined; shown empty) or a suppressed
 * value (shown {@code :}). A suppressed cell does not hold its number, so it cannot leak.
 */
public record Cell(Kind kind, double value) {

    /** What the cell shows. */
    public enum Kind { VALUE, MISSING, SUPPRESSED }

    private static final Cell MISSING = new Cell(Kind.MISSING, Double.NaN);
    private static final Cell SUPPRESSED = new Cell(Kind.SUPPRESSED, Double.NaN);

    /** Statistics Norway's symbol for a value not shown for confidentiality. */
    public static final String SUPPRESSED_SYMBOL = ":";

    /** A value; NaN gives the missing cell. */
    public static Cell of(double value) {
        return Double.isNaN(value) ? MISSING : new Cell(Kind.VALUE, value);
    }

    public static Cell missing() {
        return MISSING;
    }

    public static Cell suppressed() {
        return SUPPRESSED;
    }

    /** Whether the cell has a number that may be shown or drawn. */
    public boolean isShown() {
        return kind == Kind.VALUE;
    }

    public boolean isSuppressed() {
        return kind == Kind.SUPPRESSED;
    }
}
