/** The reports layer: metric tables to figures, the effect report and the workbook, under disclosure control. */
package no.retthylle.reports;
