package no.retthylle.generator;

import java.time.LocalDate;

/**
 * What the extract shows of the simulated lives: rows dated after the extract date are not
 * passed on (they have not happened yet), a spell starting after it is not passed on, and
 * a spell ending after it is passed on as ongoing ({@link Rows.Spell#asOf}). So every date
 * in the drop is on or before the extract date.
 */
final class Extract implements RowSink {

    private final LocalDate date;
    private final RowSink target;

    Extract(LocalDate date, RowSink target) {
        this.date = date;
        this.target = target;
    }

    private boolean recorded(LocalDate day) {
        return !day.isAfter(date);
    }

    @Override
    public void participant(Rows.Participant row) {
        if (recorded(row.arrival())) {
            target.participant(row);
        }
    }

    @Override
    public void spell(Rows.Spell row) {
        if (recorded(row.start())) {
            target.spell(row.asOf(date));
        }
    }

    @Override
    public void event(Rows.Event row) {
        if (recorded(row.date())) {
            target.event(row);
        }
    }

    @Override
    public void outcome(Rows.Outcome row) {
        if (recorded(row.date())) {
            target.outcome(row);
        }
    }

    @Override
    public void assessment(Rows.Assessment row) {
        if (recorded(row.date())) {
            target.assessment(row);
        }
    }

    @Override
    public void goal(Rows.Goal row) {
        if (recorded(row.setDate())) {
            target.goal(row);
        }
    }
}
