package no.retthylle.generator;

/** Where generated rows go, one call per row, in generation order. */
interface RowSink {

    void participant(Rows.Participant row);

    void spell(Rows.Spell row);

    void event(Rows.Event row);

    void outcome(Rows.Outcome row);

    void assessment(Rows.Assessment row);

    void goal(Rows.Goal row);
}
