/** The command line: parses arguments with picocli and calls the jobs of the other modules in order. */
package no.retthylle.cli;
