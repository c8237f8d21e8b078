package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Events;
import no.retthylle.warehouse.Manifest;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sql} over a tiny warehouse, and the funnel warning {@code analyse} prints. */
class SqlCommandTest {

    private static final String SNAPSHOT = "tiny";

    @TempDir
    static Path warehouseRoot;
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * Six persons P1-P6 (P1-P4 female, P5-P6 male, track 3, P6 without birth year, the others
     * born 1985), each with a mentor spell of cohort 1 from 2019-01-01, ongoing, and one
     * mentor meeting on that day; extract date 2020-09-01.
     */
    @BeforeAll
    static void tinyWarehouse() throws IOException {
        SparkSession spark = SparkSessions.forTests();
        Map<RecordType, List<Row>> rows = Map.of(
                Participants.TYPE, new ArrayList<>(), Enrolments.TYPE, new ArrayList<>(), Events.TYPE, new ArrayList<>());
        Date start = Date.valueOf("2019-01-01");
        for (int i = 1; i <= 6; i++) {
            String person = "P" + i;
            rows.get(Participants.TYPE).add(RowFactory.create(person, "5001", i <= 4 ? "female" : "male",
                    i == 6 ? null : 1985, Date.valueOf("2016-01-01"), null, null, null, null, 3));
            rows.get(Enrolments.TYPE).add(RowFactory.create(person, "mentor", "1", start,
                    Date.valueOf("2020-01-01"), null, null, null, null, null, null, null));
            rows.get(Events.TYPE).add(RowFactory.create(person, start, "mentor_meeting", 1, null, true));
        }
        Warehouse warehouse = new Warehouse(warehouseRoot);
        for (RecordType type : RecordTypes.ALL) {
            spark.createDataFrame(rows.getOrDefault(type, List.of()), type.schema())
                    .write().parquet(warehouse.dataset(SNAPSHOT, type).toString());
        }
        Manifest manifest = new Manifest(SNAPSHOT, "test", "2020-09-01", null, false, 0.01, List.of(), List.of());
        Files.writeString(warehouse.manifest(SNAPSHOT), manifest.toJson(), StandardCharsets.UTF_8);
        Files.writeString(warehouse.currentPointer(), SNAPSHOT, StandardCharsets.UTF_8);
    }

    @Test
    void aQueryPrintsAnAlignedTableAndWarnsThatItIsNotDisclosureControlled() {
        int code = run("sql", "--warehouse", warehouseRoot.toString(),
                "SELECT gender, count(*) AS n FROM raw_participants GROUP BY gender ORDER BY gender");

        assertEquals(0, code, err.toString());
        assertEquals("gender | n\n"
                + "------ | -\n"
                + "female | 4\n"
                + "male   | 2\n"
                + "(2 rows)\n", out.toString());
        assertTrue(err.toString().contains("not disclosure-controlled"), err.toString());
    }

    @Test
    void csvPrintsAHeaderAndNullAsAnEmptyCell() {
        int code = run("sql", "--warehouse", warehouseRoot.toString(), "--csv",
                "SELECT person_id, birth_year FROM raw_participants WHERE person_id IN ('P1', 'P6') ORDER BY person_id");

        assertEquals(0, code, err.toString());
        assertEquals("person_id,birth_year\nP1,1985\nP6,\n", out.toString());
    }

    @Test
    void stagingAndIntermediateModelsAreViews() {
        int code = run("sql", "--warehouse", warehouseRoot.toString(), "--csv",
                "SELECT arm, first_mentor_cohort, count(*) AS persons FROM int_person_arms GROUP BY 1, 2");

        assertEquals(0, code, err.toString());
        // every person has a mentor spell of cohort 1 and no internship
        assertEquals("arm,first_mentor_cohort,persons\nmentor_only,1,6\n", out.toString());
    }

    @Test
    void badSqlIsAPlainMessageWithExitTwo() {
        assertEquals(2, run("sql", "--warehouse", warehouseRoot.toString(), "SELEC 1"));
        assertTrue(err.toString().contains("retthylle: bad SQL:"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);

        assertEquals(2, run("sql", "--warehouse", warehouseRoot.toString(), "SELECT * FROM nowhere"));
        assertTrue(err.toString().contains("nowhere"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aWarehouseWithoutSnapshotIsAUsageError() {
        assertEquals(2, run("sql", "--warehouse", tmp.toString(), "SELECT 1"));
        assertTrue(err.toString().contains("run 'retthylle ingest' first"), err.toString());
    }

    @Test
    void thePromptRunsStatementsUntilQuitAndGoesOnAfterAnError() throws IOException {
        SqlConsole console = new SqlConsole(SparkSessions.forTests(), new PrintWriter(out, true), true);
        String input = "SELECT 1 AS one;\nSELECT 'a;b'\n  AS t; SELEC 2;\nquit;\nSELECT 3 AS never;\n";

        console.prompt(new BufferedReader(new StringReader(input)), new PrintWriter(err, true));

        assertEquals("one\n1\nt\na;b\n", out.toString());
        assertTrue(err.toString().contains("retthylle: bad SQL:"), err.toString());
        assertFalse(out.toString().contains("never"));
    }

    @Test
    void analysePrintsTheWarningOfACohortOfSixStartedTrainees() {
        int code = run("analyse", "--warehouse", warehouseRoot.toString(), "--out", tmp.toString());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains(
                "  warning: funnel: cohort 1 has 6 started trainees; a cohort holds at most 5"), out.toString());
    }

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
