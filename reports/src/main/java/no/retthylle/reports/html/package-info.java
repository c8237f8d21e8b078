/**
 * The HTML report: a page template with placeholders (a resource) filled with escaped
 * fragments, and the fragments for tables and figures. Sections are appended in order, so later
 * tables, figures and the PDF rendering slot in without changing the page.
 */
package no.retthylle.reports.html;
