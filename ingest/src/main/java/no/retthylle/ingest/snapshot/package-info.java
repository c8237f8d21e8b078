/** Writing a snapshot: content-addressed folder, manifest, and the switch of the CURRENT pointer. */
package no.retthylle.ingest.snapshot;
