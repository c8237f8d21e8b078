package no.retthylle.ingest.validate;

/**
 * One broken rule in one row.
 *
 * @param column the contract column the rule is about (empty for a whole-row problem)
 * @param value the cell as read, unmasked: mask it before showing it
 * @param reason plain English, e.g. {@code end_date is before start_date}
 */
public record Reject(String column, String value, String reason) {
}
