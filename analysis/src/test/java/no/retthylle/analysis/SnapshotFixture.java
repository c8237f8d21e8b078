package no.retthylle.analysis;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.warehouse.Assessments;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Events;
import no.retthylle.warehouse.Goals;
import no.retthylle.warehouse.Outcomes;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * A small warehouse snapshot built row by row in a test, written as Parquet in the
 * warehouse layout with the schema classes. Record types without rows are written empty.
 * Dates are ISO text ({@code "2020-01-31"}); {@code null} is a missing value.
 */
public final class SnapshotFixture {

    public static final String SNAPSHOT_ID = "fixture";

    private final Map<RecordType, List<Row>> rows = new HashMap<>();

    /** A participant in municipality 5001 who arrived on 2016-01-01; other columns missing. */
    public SnapshotFixture participant(String personId, String gender, int track) {
        return add(Participants.TYPE, personId, "5001", gender, null, date("2016-01-01"),
                null, null, null, null, track);
    }

    /**
     * A participant in municipality 5001 with the covariates of the comparison; enum values
     * as in the warehouse ({@code "master"}, {@code "yes"}, {@code "B2"}), null = missing.
     */
    public SnapshotFixture participant(String personId, String gender, int track, Integer birthYear,
            String arrivalDate, String educationLevel, String nokutApproved, String norwegianLevel) {
        return add(Participants.TYPE, personId, "5001", gender, birthYear, date(arrivalDate),
                educationLevel, null, nokutApproved, norwegianLevel, track);
    }

    /** A mentor spell; {@code endDate} and {@code endReason} are null while ongoing. */
    public SnapshotFixture mentor(String personId, String cohort, String startDate,
            String plannedEndDate, String endDate, String endReason) {
        return spell(personId, "mentor", cohort, startDate, plannedEndDate, endDate, endReason);
    }

    /** An internship spell. */
    public SnapshotFixture internship(String personId, String startDate, String plannedEndDate,
            String endDate, String endReason) {
        return spell(personId, "internship", null, startDate, plannedEndDate, endDate, endReason);
    }

    /** An internship spell with its fte_pct, training_plan and mentor_at_host (each may be null). */
    public SnapshotFixture internship(String personId, String startDate, String plannedEndDate,
            String endDate, String endReason, Integer ftePct, Boolean trainingPlan, Boolean mentorAtHost) {
        return add(Enrolments.TYPE, personId, "internship", null, date(startDate), date(plannedEndDate),
                date(endDate), endReason, null, null, ftePct, trainingPlan, mentorAtHost);
    }

    /** An event other than a mentor meeting, e.g. {@code screened}. */
    public SnapshotFixture event(String personId, String date, String event) {
        return add(Events.TYPE, personId, date(date), event, null, null, null);
    }

    /** A {@code mentor_meeting} event without a theme; {@code minutesWritten} may be null. */
    public SnapshotFixture meeting(String personId, String date, int meetingNo, Boolean minutesWritten) {
        return add(Events.TYPE, personId, date(date), "mentor_meeting", meetingNo, null, minutesWritten);
    }

    /** A skill-goal score. */
    public SnapshotFixture assessment(String personId, String date, String phase, String dimension, int score) {
        return add(Assessments.TYPE, personId, date(date), phase, dimension, score);
    }

    /** A SMART goal. */
    public SnapshotFixture goal(String personId, String goalId, String dimension, String setDate, String status) {
        return add(Goals.TYPE, personId, goalId, dimension, date(setDate), status);
    }

    /** An introduction programme spell. */
    public SnapshotFixture intro(String personId, String startDate, String plannedEndDate,
            String endDate, String endReason) {
        return spell(personId, "intro", null, startDate, plannedEndDate, endDate, endReason);
    }

    /** An outcome; {@code ftePct} and {@code funding} may be null. */
    public SnapshotFixture outcome(String personId, String date, String status, Integer ftePct,
            String funding) {
        return add(Outcomes.TYPE, personId, date(date), status, ftePct, funding, null);
    }

    /** Writes every record type of the snapshot under {@code root} and returns the warehouse. */
    public Warehouse write(SparkSession spark, Path root) {
        Warehouse warehouse = new Warehouse(root);
        for (RecordType type : RecordTypes.ALL) {
            spark.createDataFrame(rows.getOrDefault(type, List.of()), type.schema())
                    .write().parquet(warehouse.dataset(SNAPSHOT_ID, type).toString());
        }
        return warehouse;
    }

    private SnapshotFixture spell(String personId, String programme, String cohort,
            String startDate, String plannedEndDate, String endDate, String endReason) {
        return add(Enrolments.TYPE, personId, programme, cohort, date(startDate),
                date(plannedEndDate), date(endDate), endReason, null, null, null, null, null);
    }

    private SnapshotFixture add(RecordType type, Object... values) {
        if (values.length != type.columns().size()) {
            throw new IllegalArgumentException(type.name() + " has " + type.columns().size() + " columns");
        }
        rows.computeIfAbsent(type, t -> new ArrayList<>()).add(RowFactory.create(values));
        return this;
    }

    private static Date date(String isoDate) {
        return isoDate == null ? null : Date.valueOf(LocalDate.parse(isoDate));
    }
}
