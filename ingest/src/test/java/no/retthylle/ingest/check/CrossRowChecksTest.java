package no.retthylle.ingest.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Assessments;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Events;
import no.retthylle.warehouse.Goals;
import no.retthylle.warehouse.Outcomes;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;
import no.retthylle.warehouse.Rejects;
import no.retthylle.warehouse.Staging;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrossRowChecksTest {

    private final SparkSession spark = SparkSessions.forTests();
    private final Map<RecordType, List<Row>> staged = new LinkedHashMap<>();

    @BeforeEach
    void emptyDrop() {
        RecordTypes.ALL.forEach(type -> staged.put(type, new ArrayList<>()));
    }

    @Test
    void aRepeatedPersonIdIsRejectedOnItsLaterLine() {
        participant(2, "P1");
        participant(3, "P2");
        participant(4, "P1");
        List<CheckedTable> checked = check();
        assertEquals(2, table(checked, Participants.TYPE).accepted().count());
        assertEquals(List.of("participants.csv|4|person_id|P1|duplicate person_id: the same id is on line 2"),
                rejects(checked, Participants.TYPE));
    }

    @Test
    void rowsOfAnUnknownPersonAreRejectedInEveryFile() {
        participant(2, "P1");
        spell(2, "P9", "intro", "2018-01-01", "2019-12-31", null);
        staged.get(Events.TYPE).add(RowFactory.create(5, "P9", date("2019-01-01"), "screened", null, null, null));
        staged.get(Outcomes.TYPE).add(RowFactory.create(7, "P9", date("2019-01-01"), "none", null, null, null));
        List<CheckedTable> checked = check();
        String reason = "unknown person_id: no accepted participants row has this id";
        assertEquals(List.of("enrolments.csv|2|person_id|P9|" + reason), rejects(checked, Enrolments.TYPE));
        assertEquals(List.of("events.csv|5|person_id|P9|" + reason), rejects(checked, Events.TYPE));
        assertEquals(List.of("outcomes.csv|7|person_id|P9|" + reason), rejects(checked, Outcomes.TYPE));
    }

    @Test
    void aSpellStartingOnOrBeforeTheEndOfAnEarlierSpellOfTheSameProgrammeIsRejected() {
        participant(2, "P1");
        spell(2, "P1", "intro", "2018-01-01", "2019-12-31", "2019-01-01");
        // starts on the day the first ended: "a later one starts after the earlier one has ended" fails
        spell(3, "P1", "intro", "2019-01-01", "2020-12-31", "2019-01-01");
        // starts the day after the latest earlier end (2019-01-01, lines 2 and 3): accepted
        spell(4, "P1", "intro", "2019-01-02", "2020-12-31", "2019-06-30");
        // another programme may overlap the intro spells
        spell(5, "P1", "mentor", "2018-06-01", "2019-06-01", null);
        // the mentor spell above is ongoing, so any later mentor spell overlaps it
        spell(6, "P1", "mentor", "2020-01-01", "2021-01-01", null);
        List<CheckedTable> checked = check();
        String reason = "overlaps an earlier spell of the same programme for this person"
                + " (a later spell must start after the earlier one has ended)";
        assertEquals(List.of("enrolments.csv|3|start_date|2019-01-01|" + reason,
                "enrolments.csv|6|start_date|2020-01-01|" + reason), rejects(checked, Enrolments.TYPE));
        assertEquals(3, table(checked, Enrolments.TYPE).accepted().count());
    }

    @Test
    void aSpellIsComparedWithEveryEarlierSpellEvenOneThatWasItselfRejected() {
        participant(2, "P1");
        spell(2, "P1", "intro", "2018-01-01", "2019-12-31", "2018-12-31");
        // overlaps line 2, and is ongoing
        spell(3, "P1", "intro", "2018-06-01", "2019-12-31", null);
        // after line 2's end, but line 3 says the person is still in intro: contradictory, rejected too
        spell(4, "P1", "intro", "2019-02-01", "2020-12-31", null);
        List<CheckedTable> checked = check();
        assertEquals(2, rejects(checked, Enrolments.TYPE).size());
        assertEquals(1, table(checked, Enrolments.TYPE).accepted().count());
    }

    @Test
    void aSecondScoreForTheSamePhaseAndDimensionAndARepeatedGoalIdAreRejected() {
        participant(2, "P1");
        staged.get(Assessments.TYPE).add(RowFactory.create(2, "P1", date("2019-01-01"), "baseline", "network", 2));
        staged.get(Assessments.TYPE).add(RowFactory.create(3, "P1", date("2019-06-01"), "final", "network", 4));
        staged.get(Assessments.TYPE).add(RowFactory.create(4, "P1", date("2019-02-01"), "baseline", "network", 3));
        staged.get(Goals.TYPE).add(RowFactory.create(2, "P1", "G1", "network", date("2019-01-01"), "open"));
        staged.get(Goals.TYPE).add(RowFactory.create(3, "P1", "G1", "other", date("2019-01-01"), "achieved"));
        List<CheckedTable> checked = check();
        assertEquals(List.of("assessments.csv|4|dimension|baseline/network|"
                + "duplicate score for this person, phase and dimension: the first is on line 2"),
                rejects(checked, Assessments.TYPE));
        assertEquals(List.of("goals.csv|3|goal_id|G1|duplicate goal_id for this person: the first is on line 2"),
                rejects(checked, Goals.TYPE));
    }

    @Test
    void acceptedRowsKeepTheRecordTypesColumnsWithoutTheLineNumber() {
        participant(2, "P1");
        CheckedTable participants = table(check(), Participants.TYPE);
        assertEquals(Participants.TYPE.columnNames(), Arrays.asList(participants.accepted().columns()));
    }

    private void participant(int line, String id) {
        staged.get(Participants.TYPE).add(RowFactory.create(line, id, "5001", "female", 1985,
                date("2016-01-01"), "master", "it", "yes", "B2", 3));
    }

    private void spell(int line, String id, String programme, String start, String plannedEnd, String end) {
        staged.get(Enrolments.TYPE).add(RowFactory.create(line, id, programme,
                programme.equals("mentor") ? "1" : null, date(start), date(plannedEnd), date(end),
                end == null ? null : "completed", null, null, null, null, null));
    }

    private List<CheckedTable> check() {
        Map<RecordType, String> names = new LinkedHashMap<>();
        staged.forEach((type, rows) -> {
            spark.createDataFrame(rows, Staging.schema(type)).createOrReplaceTempView(CrossRowChecks.stagedView(type));
            names.put(type, Staging.fileName(type));
        });
        return CrossRowChecks.check(spark, names);
    }

    private static CheckedTable table(List<CheckedTable> checked, RecordType type) {
        return checked.stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
    }

    private static List<String> rejects(List<CheckedTable> checked, RecordType type) {
        return table(checked, type).rejects().orderBy(Rejects.LINE).collectAsList().stream()
                .map(r -> r.getAs(Rejects.FILE) + "|" + r.getAs(Rejects.LINE) + "|" + r.getAs(Rejects.COLUMN)
                        + "|" + r.getAs(Rejects.VALUE) + "|" + r.getAs(Rejects.REASON))
                .toList();
    }

    private static Date date(String iso) {
        return iso == null ? null : Date.valueOf(iso);
    }
}
