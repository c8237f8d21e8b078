/** File-system steps that must be all-or-nothing: a failed run leaves earlier results whole. */
package no.retthylle.files;
