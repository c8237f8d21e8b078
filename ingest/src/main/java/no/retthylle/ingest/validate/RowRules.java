package no.retthylle.ingest.validate;

/**
 * The rules of one record type beyond "each cell is a valid value of its type": ranges,
 * conditionally required cells and comparisons between cells of the row. Runs after every
 * cell has been parsed.
 */
interface RowRules {

    /** No rules beyond the cell types. */
    RowRules NONE = row -> { };

    void check(ParsedRow row);
}
