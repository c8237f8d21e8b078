/**
 * Keeping direct identifiers out of the warehouse: the fødselsnummer / D-number check
 * digits, detectors for national IDs, e-mail addresses and phone numbers in cells,
 * identifier-like column names, masking of values in messages, and keyed pseudonyms for
 * national-ID person_ids. Plain Java; no file access.
 */
package no.retthylle.ingest.guard;
