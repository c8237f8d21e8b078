package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;

import java.nio.file.Path;
import java.time.LocalDate;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.tables.CompletionTable;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionMartTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");

    /*
     * Spells as of 2020-09-01 (matured = planned_end_date <= as_of):
     *   A c1 track 3 female  completed 2020-01-20 <= 2020-01-01 + 31 days = 2020-02-01 -> on time, matured
     *   B c1 track 3 male    completed 2020-02-02 >  2020-02-01 -> late, matured
     *   C c1 track 2 female  completed 2020-02-01 =  2020-02-01 (closed range) -> on time, matured
     *   D c2 track 3 female  parental_leave 2019-10-01 -> paused (not completed), matured
     *   D c3 track 3 female  ongoing, planned 2021-05-01 -> not matured
     *   E c2 track 1 gender missing (-> unknown)  completed 2020-12-01, after as_of -> ongoing, matured
     *   F c2 track 3 female  moved -> dropped_out, matured
     *   H c3 track 2 other   education, planned 2021-01-15 -> not matured
     *   G c3: starts 2020-10-01, after as_of -> ignored
     * Arms: A has an internship -> mentor_internship; H's internship starts after as_of and
     * C's intro spell does not matter -> everyone else mentor_only.
     */
    private static SnapshotFixture fixture() {
        return new SnapshotFixture()
                .participant("A", "female", 3).participant("B", "male", 3)
                .participant("C", "female", 2).participant("D", "female", 3)
                .participant("E", null, 1).participant("F", "female", 3)
                .participant("G", "male", 3).participant("H", "other", 2)
                .mentor("A", "1", "2019-01-01", "2020-01-01", "2020-01-20", "completed")
                .internship("A", "2019-06-01", "2019-09-01", "2019-09-01", "completed")
                .mentor("B", "1", "2019-01-01", "2020-01-01", "2020-02-02", "completed")
                .intro("C", "2016-01-01", "2018-01-01", "2018-01-01", "completed")
                .mentor("C", "1", "2019-01-01", "2020-01-01", "2020-02-01", "completed")
                .mentor("D", "2", "2019-03-01", "2020-03-01", "2019-10-01", "parental_leave")
                .mentor("D", "3", "2020-05-01", "2021-05-01", null, null)
                .mentor("E", "2", "2019-03-01", "2020-03-01", "2020-12-01", "completed")
                .mentor("F", "2", "2019-03-01", "2020-03-01", "2019-06-01", "moved")
                .mentor("G", "3", "2020-10-01", "2021-10-01", null, null)
                .mentor("H", "3", "2020-01-15", "2021-01-15", "2020-06-01", "education")
                .internship("H", "2020-10-01", "2021-01-01", null, null);
    }

    @Test
    void countsStatusesOverAllSpellsAndRatesOnTimeOverMaturedSpells(@TempDir Path warehouseRoot,
            @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, AnalysisSettings.defaults(AS_OF), metrics);

        assertCsv(metrics.resolve(CompletionTable.FILE_NAME),
                "group_type,group,n_enrolled,n_matured,completed_on_time,completed_late,paused,"
                        + "education,dropped_out,ongoing,rate_on_time,ci_low,ci_high",
                // all 8 spells; matured A B C D2 E F; on time A C: 2/6, prop.test(2, 6, correct = FALSE)
                "all,all,8,6,2,1,1,1,1,2,0.333333333333,0.0967714111057805,0.700006684861608",
                // A B C: 2/3, prop.test(2, 3, correct = FALSE)
                "cohort,1,3,3,2,1,0,0,0,0,0.666666666667,0.207659600802048,0.938508055279604",
                // D2 paused, E ongoing, F dropped out: 0/3, prop.test(0, 3, correct = FALSE)
                "cohort,2,3,3,0,0,1,0,1,1,0,0,0.561497031755045",
                // D3 ongoing, H education, neither matured: rate undefined
                "cohort,3,2,0,0,0,0,1,0,1,,,",
                // E: 0/1, prop.test(0, 1, correct = FALSE)
                "track,1,1,1,0,0,0,0,0,1,0,0,0.793450685622763",
                // C on time (matured), H education (not matured): 1/1, prop.test(1, 1, correct = FALSE)
                "track,2,2,1,1,0,0,1,0,0,1,0.206549314377238,1",
                // A on time, B late, D2 paused, D3 ongoing, F dropped; matured A B D2 F: 1/4,
                // prop.test(1, 4, correct = FALSE)
                "track,3,5,4,1,1,1,0,1,1,0.25,0.0455872608097006,0.699358157417598",
                // A: 1/1, prop.test(1, 1, correct = FALSE)
                "arm,mentor_internship,1,1,1,0,0,0,0,0,1,0.206549314377238,1",
                // B C D2 D3 E F H; matured B C D2 E F; on time C: 1/5, prop.test(1, 5, correct = FALSE)
                "arm,mentor_only,7,5,1,1,1,1,1,2,0.2,0.0362241086324301,0.624465370237475",
                // A C D2 D3 F; matured A C D2 F; on time A C: 2/4, prop.test(2, 4, correct = FALSE)
                "gender,female,5,4,2,0,1,0,1,1,0.5,0.15003898915215,0.84996101084785",
                // B late: 0/1, prop.test(0, 1, correct = FALSE)
                "gender,male,1,1,0,1,0,0,0,0,0,0,0.793450685622763",
                // H not matured: rate undefined
                "gender,other,1,0,0,0,0,1,0,0,,,",
                // E: 0/1, prop.test(0, 1, correct = FALSE)
                "gender,unknown,1,1,0,0,0,0,0,1,0,0,0.793450685622763");
    }
}
