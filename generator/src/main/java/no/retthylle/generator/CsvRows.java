package no.retthylle.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Map;
import no.retthylle.warehouse.Assessments;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Events;
import no.retthylle.warehouse.Goals;
import no.retthylle.warehouse.Outcomes;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordType;

/**
 * Formats rows as comma-separated lines onto one writer per record type, header first (the
 * schema classes' column order), dates as {@code yyyy-MM-dd}, booleans {@code true/false},
 * empty for {@code null}. No generated value holds a comma, quote or line break, so nothing
 * is quoted. Formatting is by hand into one reused buffer: {@code String.format} would cost
 * more than the rest of the generator together at a million persons.
 */
final class CsvRows implements RowSink {

    private final Map<RecordType, Writer> writers;
    private final Map<RecordType, long[]> counts;
    private final StringBuilder line = new StringBuilder(256);

    /** Writes the header of every file. */
    CsvRows(Map<RecordType, Writer> writers) {
        this.writers = writers;
        this.counts = Map.of(Participants.TYPE, new long[1], Enrolments.TYPE, new long[1], Events.TYPE, new long[1],
                Outcomes.TYPE, new long[1], Assessments.TYPE, new long[1], Goals.TYPE, new long[1]);
        for (Map.Entry<RecordType, Writer> file : writers.entrySet()) {
            line.setLength(0);
            line.append(String.join(",", file.getKey().columnNames()));
            flush(file.getKey(), false);
        }
    }

    /** Data rows written so far to the file of {@code type}. */
    long rows(RecordType type) {
        return counts.get(type)[0];
    }

    @Override
    public void participant(Rows.Participant r) {
        start(r.personId()).cell(r.municipality()).cell(r.gender()).cell(r.birthYear()).cell(r.arrival())
                .cell(r.educationLevel()).cell(r.educationField()).cell(r.nokut()).cell(r.norwegianLevel())
                .cell(r.track());
        flush(Participants.TYPE, true);
    }

    @Override
    public void spell(Rows.Spell r) {
        start(r.personId()).cell(r.programme()).cell(r.cohort()).cell(r.start()).cell(r.plannedEnd()).cell(r.end())
                .cell(r.endReason()).cell(r.mentorId()).cell(r.hostOrgId()).cell(r.ftePct())
                .cell(r.trainingPlan()).cell(r.mentorAtHost());
        flush(Enrolments.TYPE, true);
    }

    @Override
    public void event(Rows.Event r) {
        start(r.personId()).cell(r.date()).cell(r.event()).cell(r.meetingNo() > 0 ? r.meetingNo() : null)
                .cell(r.theme()).cell(r.minutesWritten());
        flush(Events.TYPE, true);
    }

    @Override
    public void outcome(Rows.Outcome r) {
        start(r.personId()).cell(r.date()).cell(r.status()).cell(r.ftePct()).cell(r.funding()).cell(r.permanent());
        flush(Outcomes.TYPE, true);
    }

    @Override
    public void assessment(Rows.Assessment r) {
        start(r.personId()).cell(r.date()).cell(r.phase()).cell(r.dimension()).cell(r.score());
        flush(Assessments.TYPE, true);
    }

    @Override
    public void goal(Rows.Goal r) {
        start(r.personId()).cell(r.goalId()).cell(r.dimension()).cell(r.setDate()).cell(r.status());
        flush(Goals.TYPE, true);
    }

    private CsvRows start(String personId) {
        line.setLength(0);
        line.append(personId);
        return this;
    }

    private CsvRows cell(String value) {
        line.append(',');
        if (value != null) {
            line.append(value);
        }
        return this;
    }

    private CsvRows cell(Integer value) {
        line.append(',');
        if (value != null) {
            line.append(value.intValue());
        }
        return this;
    }

    private CsvRows cell(Boolean value) {
        line.append(',');
        if (value != null) {
            line.append(value.booleanValue());
        }
        return this;
    }

    private CsvRows cell(LocalDate date) {
        line.append(',');
        if (date != null) {
            line.append(date.getYear()).append('-');
            twoDigits(date.getMonthValue());
            line.append('-');
            twoDigits(date.getDayOfMonth());
        }
        return this;
    }

    private void twoDigits(int value) {
        if (value < 10) {
            line.append('0');
        }
        line.append(value);
    }

    private void flush(RecordType type, boolean dataRow) {
        line.append('\n');
        try {
            writers.get(type).append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + type.name(), e);
        }
        if (dataRow) {
            counts.get(type)[0]++;
        }
    }
}
