package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;

import java.nio.file.Path;
import java.time.LocalDate;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.tables.IntroStatusTable;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntroStatusMartTest {

    /** 15 November 2019: exit year 2018 is reportable on its very day, 2019 not yet. */
    private static final LocalDate AS_OF = LocalDate.parse("2019-11-15");

    /*
     * Intro spells that ended, status on 15 November of the next year (as_of 2019-11-15):
     *   P female ordinary, ended 2017-06-30 (dropped out): education 2018-01-10; none 2018-11-16 is
     *       after 2018-11-15 -> education
     *   Q male ordinary, ended 2017-12-31: education and other_job both 2018-11-15 -> tie: other_job
     *       comes first -> work
     *   R female mentor_only, ended 2018-02-01 (moved): none and education both 2019-03-01 -> tie:
     *       education comes first -> education
     *   S female ordinary, ended 2018-12-31: no outcomes row -> other
     *   V gender missing (unknown) ordinary, ended 2018-06-01: relevant_job 2018-09-01, then none
     *       2019-11-15 (on the day) -> the latest: other
     *   W male ordinary, two spells: ended 2016-05-01 (parental leave) and 2018-06-30; other_job
     *       2017-10-01 is the latest row before 2017-11-15 and before 2019-11-15 -> work, work
     *   T male ordinary, ended 2019-01-01: 15 November 2020 is after as_of -> not reportable
     *   U female ordinary, intro ongoing -> no exit
     */
    private static SnapshotFixture fixture() {
        return new SnapshotFixture()
                .participant("P", "female", 3).participant("Q", "male", 3).participant("R", "female", 3)
                .participant("S", "female", 2).participant("V", null, 1).participant("W", "male", 3)
                .participant("T", "male", 3).participant("U", "female", 3)
                .intro("P", "2015-06-01", "2017-06-01", "2017-06-30", "dropped_out")
                .outcome("P", "2018-01-10", "education", null, null)
                .outcome("P", "2018-11-16", "none", null, null)
                .intro("Q", "2016-01-01", "2018-01-01", "2017-12-31", "completed")
                .outcome("Q", "2018-11-15", "education", null, null)
                .outcome("Q", "2018-11-15", "other_job", 50, "ordinary")
                .intro("R", "2016-02-01", "2018-02-01", "2018-02-01", "moved")
                .mentor("R", "1", "2018-03-01", "2019-03-01", null, null)
                .outcome("R", "2019-03-01", "none", null, null)
                .outcome("R", "2019-03-01", "education", null, null)
                .intro("S", "2017-01-01", "2018-12-31", "2018-12-31", "completed")
                .intro("V", "2016-06-01", "2018-06-01", "2018-06-01", "completed")
                .outcome("V", "2018-09-01", "relevant_job", 100, "ordinary")
                .outcome("V", "2019-11-15", "none", null, null)
                .intro("W", "2015-05-01", "2017-05-01", "2016-05-01", "parental_leave")
                .intro("W", "2017-01-01", "2018-06-30", "2018-06-30", "completed")
                .outcome("W", "2017-10-01", "other_job", 100, "ordinary")
                .intro("T", "2017-01-01", "2019-01-01", "2019-01-01", "completed")
                .intro("U", "2018-01-01", "2020-01-01", null, null);
    }

    @Test
    void takesTheLatestStatusOnFifteenNovemberOfTheYearAfterTheExit(@TempDir Path warehouseRoot,
            @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, AnalysisSettings.defaults(AS_OF), metrics);

        // rate = (work + education) / n with R prop.test(x, n, correct = FALSE) bounds
        assertCsv(metrics.resolve(IntroStatusTable.FILE_NAME),
                "group_type,group,exit_year,n,work,education,other,rate_work_or_education,ci_low,ci_high",
                "all,all,2016,1,1,0,0,1," + RValues.wilson(1, 1),             // W
                "all,all,2017,2,1,1,0,1," + RValues.wilson(2, 2),             // P Q
                "all,all,2018,4,1,1,2,0.5," + RValues.wilson(2, 4),           // R S V W
                "arm,mentor_only,2018,1,0,1,0,1," + RValues.wilson(1, 1),     // R
                "arm,ordinary,2016,1,1,0,0,1," + RValues.wilson(1, 1),        // W
                "arm,ordinary,2017,2,1,1,0,1," + RValues.wilson(2, 2),        // P Q
                "arm,ordinary,2018,3,1,0,2,0.333333333333," + RValues.wilson(1, 3), // S V W
                "gender,female,2017,1,0,1,0,1," + RValues.wilson(1, 1),       // P
                "gender,female,2018,2,0,1,1,0.5," + RValues.wilson(1, 2),     // R S
                "gender,male,2016,1,1,0,0,1," + RValues.wilson(1, 1),         // W
                "gender,male,2017,1,1,0,0,1," + RValues.wilson(1, 1),         // Q
                "gender,male,2018,1,1,0,0,1," + RValues.wilson(1, 1),         // W
                "gender,unknown,2018,1,0,0,1,0," + RValues.wilson(0, 1));     // V
    }
}
