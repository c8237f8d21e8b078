package no.retthylle.ingest.validate;

import java.time.LocalDate;
import no.retthylle.warehouse.Events;

/**
 * events: {@code date} not after the extract date. On {@code mentor_meeting} rows
 * {@code meeting_no} is required, 1–12 ({@code theme} and {@code minutes_written} are
 * optional). On other events {@code meeting_no}, {@code theme} and {@code minutes_written}
 * have no meaning: a valid value there is staged empty with a warning, not rejected.
 */
final class EventRules implements RowRules {

    static final String MENTOR_MEETING = "mentor_meeting";
    private static final int MEETINGS = 12;
    private static final String MEETING_ONLY = "applies only to mentor_meeting events";

    private final LocalDate extractDate;

    EventRules(LocalDate extractDate) {
        this.extractDate = extractDate;
    }

    @Override
    public void check(ParsedRow row) {
        row.requireNotAfter(Events.DATE, extractDate, "extract date");
        String event = row.text(Events.EVENT);
        if (MENTOR_MEETING.equals(event)) {
            row.requireGiven(Events.MEETING_NO, "for mentor_meeting events");
            row.requireRange(Events.MEETING_NO, 1, MEETINGS);
        } else if (event != null) {
            row.clear(Events.MEETING_NO, MEETING_ONLY);
            row.clear(Events.THEME, MEETING_ONLY);
            row.clear(Events.MINUTES_WRITTEN, MEETING_ONLY);
        }
    }
}
