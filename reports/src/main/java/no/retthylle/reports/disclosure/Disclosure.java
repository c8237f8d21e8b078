package no.retthylle.reports.disclosure;

/** Who the output is for: the public (suppression applies) or the research team (nothing suppressed). */
public enum Disclosure {
    PUBLIC,
    INTERNAL;

    /** The marking every page and figure of internal output carries. */
    public static final String INTERNAL_MARK = "INTERNT – ikke for publisering / INTERNAL – not for publication";

    /** The lower-case name used in figures.json and on the command line. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
