package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;

import java.nio.file.Path;
import java.time.LocalDate;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.tables.GoalsTable;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalsMartTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");

    /*
     * As of 2020-09-01:
     *   A c1, internship -> mentor_internship: achieved, partly, open, achieved (dimension other)
     *   B c1 mentor_only: not_achieved, achieved; a third goal set 2020-10-01 (after as_of) is ignored
     *   C c2 mentor_only: open, achieved
     *   D c3 mentor_only: open
     *   E intro only (no mentor spell): achieved -> not counted
     */
    private static SnapshotFixture fixture() {
        return new SnapshotFixture()
                .participant("A", "female", 3).participant("B", "male", 3).participant("C", "female", 3)
                .participant("D", "female", 3).participant("E", "male", 3)
                .mentor("A", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .internship("A", "2019-03-01", "2019-06-01", "2019-06-01", "completed")
                .mentor("B", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .mentor("C", "2", "2019-09-01", "2020-09-01", null, null)
                .mentor("D", "3", "2020-03-01", "2021-03-01", null, null)
                .intro("E", "2017-01-01", "2019-01-01", "2019-01-01", "completed")
                .goal("A", "g1", "network", "2019-01-10", "achieved")
                .goal("A", "g2", "job_qualification", "2019-01-10", "partly")
                .goal("A", "g3", "career_learning", "2019-01-10", "open")
                .goal("A", "g4", "other", "2019-01-10", "achieved")
                .goal("B", "g1", "network", "2019-01-10", "not_achieved")
                .goal("B", "g2", "network", "2019-01-10", "achieved")
                .goal("B", "g3", "network", "2020-10-01", "achieved")
                .goal("C", "g1", "network", "2019-09-10", "open")
                .goal("C", "g2", "career_learning", "2019-09-10", "achieved")
                .goal("D", "g1", "network", "2020-03-10", "open")
                .goal("E", "g1", "network", "2017-01-10", "achieved");
    }

    @Test
    void ratesAchievedGoalsOverTheGoalsThatAreNoLongerOpen(@TempDir Path warehouseRoot,
            @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, AnalysisSettings.defaults(AS_OF), metrics);

        assertCsv(metrics.resolve(GoalsTable.FILE_NAME),
                "group_type,group,n_goals,achieved,partly,not_achieved,open,rate_achieved",
                // A4 + B2 + C2 + D1 = 9; achieved A2 B1 C1 = 4; open A C D = 3: 4 / (9 - 3)
                "all,all,9,4,1,1,3,0.666666666667",
                // A B: 6 goals, achieved 3, open 1: 3 / (6 - 1)
                "cohort,1,6,3,1,1,1,0.6",
                // C: 1 / (2 - 1)
                "cohort,2,2,1,0,0,1,1",
                // D: every goal open -> 0 / 0, empty
                "cohort,3,1,0,0,0,1,",
                // A: 2 / (4 - 1)
                "arm,mentor_internship,4,2,1,0,1,0.666666666667",
                // B C D: 5 goals, achieved 2, open 2: 2 / (5 - 2)
                "arm,mentor_only,5,2,0,1,2,0.666666666667");
    }
}
