package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.MetricTables;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.tables.FunnelTable;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunnelMartTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");

    /*
     * As of 2020-09-01; the stages each person reaches by its own event:
     *   A c1: screened, applied, interviewed, offered, matched, agreement, started (2 meetings),
     *       completed
     *   B c1: applied (never screened), interviewed, matched, agreement, started; spell ongoing
     *   C c2: screened twice, applied; spell dropped out, no meeting
     *   F first spell c2 (paused), second c3 completed -> cohort 2: started, completed
     *   D no mentor spell -> none: screened, applied, company_tour (not a stage)
     *   E spell starts 2020-10-01, after as_of -> none: screened; offered 2020-10-01 after as_of
     */
    private static SnapshotFixture fixture() {
        return new SnapshotFixture()
                .participant("A", "female", 3).participant("B", "male", 3).participant("C", "female", 3)
                .participant("D", "female", 3).participant("E", "male", 3).participant("F", "male", 3)
                .event("A", "2018-10-01", "screened").event("A", "2018-10-15", "applied")
                .event("A", "2018-11-01", "interviewed").event("A", "2018-11-15", "offered")
                .event("A", "2018-12-15", "matching_meeting").event("A", "2018-12-20", "agreement_signed")
                .meeting("A", "2019-01-01", 1, true).meeting("A", "2019-02-01", 2, true)
                .mentor("A", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .event("B", "2018-10-15", "applied").event("B", "2018-11-01", "interviewed")
                .event("B", "2018-12-15", "matching_meeting").event("B", "2018-12-20", "agreement_signed")
                .meeting("B", "2019-01-01", 1, true)
                .mentor("B", "1", "2019-01-01", "2020-01-01", null, null)
                .event("C", "2019-03-01", "screened").event("C", "2019-03-20", "screened")
                .event("C", "2019-04-01", "applied")
                .mentor("C", "2", "2019-06-01", "2020-06-01", "2019-08-01", "dropped_out")
                .mentor("F", "2", "2018-01-01", "2019-01-01", "2018-05-01", "parental_leave")
                .mentor("F", "3", "2019-01-01", "2020-01-01", "2020-01-05", "completed")
                .meeting("F", "2019-02-01", 1, true)
                .event("D", "2019-03-01", "screened").event("D", "2019-04-01", "applied")
                .event("D", "2019-04-10", "company_tour")
                .event("E", "2020-08-01", "screened").event("E", "2020-10-01", "offered")
                .mentor("E", "4", "2020-10-01", "2021-10-01", null, null);
    }

    @Test
    void countsEachStageByItsOwnEventAndConvertsFromTheStageBefore(@TempDir Path warehouseRoot,
            @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        MetricTables tables = AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID,
                AnalysisSettings.defaults(AS_OF), metrics);

        assertCsv(metrics.resolve(FunnelTable.FILE_NAME),
                "group_type,group,stage,n,conversion",
                "all,all,screened,4,",                  // A C D E
                "all,all,applied,4,1",                  // A B C D: 4/4
                "all,all,interviewed,2,0.5",            // A B: 2/4
                "all,all,offered,1,0.5",                // A: 1/2
                "all,all,matched,2,2.0",                // A B: 2/1
                "all,all,agreement,2,1",                // A B: 2/2
                "all,all,started,3,1.5",                // A B F: 3/2
                "all,all,completed,2,0.666666666667",   // A F: 2/3
                "cohort,1,screened,1,",                 // A
                "cohort,1,applied,2,2.0",               // A B: 2/1
                "cohort,1,interviewed,2,1",
                "cohort,1,offered,1,0.5",               // A: 1/2
                "cohort,1,matched,2,2.0",               // 2/1
                "cohort,1,agreement,2,1",
                "cohort,1,started,2,1",
                "cohort,1,completed,1,0.5",             // A: 1/2
                "cohort,2,screened,1,",                 // C (screened twice: one person)
                "cohort,2,applied,1,1",
                "cohort,2,interviewed,0,0",             // 0/1
                "cohort,2,offered,0,",                  // 0/0
                "cohort,2,matched,0,",
                "cohort,2,agreement,0,",
                "cohort,2,started,1,",                  // F: 1/0
                "cohort,2,completed,1,1",               // F's second spell completed: 1/1
                "cohort,none,screened,2,",              // D E
                "cohort,none,applied,1,0.5",            // D: 1/2
                "cohort,none,interviewed,0,0",
                "cohort,none,offered,0,",
                "cohort,none,matched,0,",
                "cohort,none,agreement,0,",
                "cohort,none,started,0,",
                "cohort,none,completed,0,");
        assertEquals(List.of(), tables.warnings(), "no cohort has more than 5 started trainees");
    }

    @Test
    void aCohortOfSixStartedTraineesIsADataQualityWarning(@TempDir Path warehouseRoot,
            @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        SnapshotFixture fixture = new SnapshotFixture();
        for (String person : List.of("A", "B", "C", "D", "E", "F")) {
            fixture.participant(person, "female", 3)
                    .mentor(person, "7", "2019-01-01", "2020-01-01", null, null)
                    .meeting(person, "2019-01-01", 1, true);
        }
        Warehouse warehouse = fixture.write(spark, warehouseRoot);

        MetricTables tables = AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID,
                AnalysisSettings.defaults(AS_OF), metrics);

        assertEquals(List.of("funnel: cohort 7 has 6 started trainees; a cohort holds at most 5"),
                tables.warnings());
    }
}
