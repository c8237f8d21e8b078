package no.retthylle.ingest.validate;

import java.time.LocalDate;
import no.retthylle.warehouse.Participants;

/**
 * participants: {@code birth_year} 1930 … year(extract_date) − 15 (a 2020 extract accepts
 * 1930–2005), {@code track} 1–3, {@code arrival_date} not after the extract date.
 */
final class ParticipantRules implements RowRules {

    static final int FIRST_BIRTH_YEAR = 1930;
    static final int MIN_AGE_YEARS = 15;
    private static final int MAX_TRACK = 3;

    private final LocalDate extractDate;

    ParticipantRules(LocalDate extractDate) {
        this.extractDate = extractDate;
    }

    @Override
    public void check(ParsedRow row) {
        row.requireRange(Participants.BIRTH_YEAR, FIRST_BIRTH_YEAR, extractDate.getYear() - MIN_AGE_YEARS);
        row.requireRange(Participants.TRACK, 1, MAX_TRACK);
        row.requireNotAfter(Participants.ARRIVAL_DATE, extractDate, "extract date");
    }
}
