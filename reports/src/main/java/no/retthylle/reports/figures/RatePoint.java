package no.retthylle.reports.figures;

import no.retthylle.reports.disclosure.Cell;

/**
 * One group of a rate figure: its rate and interval after disclosure control.
 *
 * @param group the group label on the category axis
 */
public record RatePoint(String group, Cell rate, Cell low, Cell high) {

    /** Whether the point can be drawn: the rate and both bounds are shown. */
    public boolean isDrawn() {
        return rate.isShown() && low.isShown() && high.isShown();
    }
}
