/**
 * The report document: an XHTML page template with placeholders (a resource) filled with escaped
 * fragments for sections, tables, figures, key figures and definitions, and its rendering as an
 * A4 PDF. Sections are appended in order, so later tables and figures slot in without changing
 * the page. No file I/O: {@code ReportJob} writes what these return.
 */
package no.retthylle.reports.html;
