package no.retthylle.analysis.tables;

import java.util.List;

/** A metric table with shares whose counts it does not publish (see {@link Share}). */
public interface ShareCounted {

    /** The numerator and denominator of each such share cell, in row and column order. */
    List<ShareCount> shareCounts();
}
