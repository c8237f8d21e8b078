/**
 * Phase 2 of ingest: the cross-row rules of the records spec (unique keys, known
 * person_id, non-overlapping spells), run as Spark SQL models over the staged files.
 */
package no.retthylle.ingest.check;
