package no.retthylle.warehouse;

import java.util.List;

/** The six record types of a drop, in the order they are read (participants first: the others refer to it). */
public final class RecordTypes {
    public static final List<RecordType> ALL = List.of(
            Participants.TYPE, Enrolments.TYPE, Events.TYPE, Outcomes.TYPE, Assessments.TYPE, Goals.TYPE);

    private RecordTypes() {
    }
}
