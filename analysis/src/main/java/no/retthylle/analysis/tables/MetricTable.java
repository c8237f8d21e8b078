package no.retthylle.analysis.tables;

import java.util.List;

/** A metric table as it is written: a file name, a header and rows of formatted cells. */
public interface MetricTable {

    /** The CSV file name in the metrics folder, e.g. {@code completion.csv}. */
    String fileName();

    /** The header, in column order. */
    List<String> columns();

    /**
     * The rows in output order, each with one formatted cell per column (see
     * {@link CellFormat}); an empty table has no rows.
     */
    List<List<String>> cells();
}
