package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;

import java.nio.file.Path;
import java.time.LocalDate;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.tables.SelfSufficiencyTable;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSufficiencyMartTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");

    /*
     * First relevant job in [start_date, 2020-09-01] of each mentor spell:
     *   V c1 track 3 female: 2018-12-01 is before the start; on 2019-03-01 fte 80 and fte 100
     *       ordinary -> the higher fte: 100 ordinary -> full
     *   W c1 track 3 male: the other_job of 2019-04-01 is not relevant; on 2019-05-01 fte 100
     *       wage_subsidy and fte 100 ordinary -> ordinary sorts first -> full
     *   X c1 track 2 female (internship -> mentor_internship): on 2019-04-01 fte missing
     *       practice_benefit and fte 50 wage_subsidy -> missing fte sorts last -> subsidised
     *   Y c2 track 3 female, spell 1 from 2019-01-15: on 2019-02-01 fte 100 funding missing
     *       and fte 100 wage_subsidy -> missing funding sorts last -> subsidised
     *   Y c3, spell 2 from 2020-01-01: her jobs are all earlier -> no job, no cohort 3 row
     *   Z c2 track 3 male: jobs 2018-06-01 (before start) and 2020-09-10 (after as_of) -> none
     *   K c2 track 1 female: fte and funding missing -> partial
     */
    private static SnapshotFixture fixture() {
        return new SnapshotFixture()
                .participant("V", "female", 3).participant("W", "male", 3)
                .participant("X", "female", 2).participant("Y", "female", 3)
                .participant("Z", "male", 3).participant("K", "female", 1)
                .mentor("V", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .mentor("W", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .mentor("X", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .internship("X", "2020-02-01", "2020-05-01", "2020-05-01", "completed")
                .mentor("Y", "2", "2019-01-15", "2020-01-15", "2019-12-01", "parental_leave")
                .mentor("Y", "3", "2020-01-01", "2021-01-01", null, null)
                .mentor("Z", "2", "2019-01-15", "2020-01-15", null, null)
                .mentor("K", "2", "2019-01-15", "2020-01-15", "2020-01-20", "completed")
                .outcome("V", "2018-12-01", "relevant_job", 100, "wage_subsidy")
                .outcome("V", "2019-03-01", "relevant_job", 80, "ordinary")
                .outcome("V", "2019-03-01", "relevant_job", 100, "ordinary")
                .outcome("W", "2019-04-01", "other_job", 100, "ordinary")
                .outcome("W", "2019-05-01", "relevant_job", 100, "wage_subsidy")
                .outcome("W", "2019-05-01", "relevant_job", 100, "ordinary")
                .outcome("X", "2019-04-01", "relevant_job", null, "practice_benefit")
                .outcome("X", "2019-04-01", "relevant_job", 50, "wage_subsidy")
                .outcome("Y", "2019-02-01", "relevant_job", 100, null)
                .outcome("Y", "2019-02-01", "relevant_job", 100, "wage_subsidy")
                .outcome("Y", "2019-06-01", "relevant_job", 100, "ordinary")
                .outcome("Z", "2018-06-01", "relevant_job", 100, "ordinary")
                .outcome("Z", "2020-09-10", "relevant_job", 100, "ordinary")
                .outcome("K", "2020-01-01", "relevant_job", null, null);
    }

    @Test
    void classifiesTheFirstRelevantJobOfEachSpellBreakingTiesByFteThenFunding(
            @TempDir Path warehouseRoot, @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, AnalysisSettings.defaults(AS_OF), metrics);

        assertCsv(metrics.resolve(SelfSufficiencyTable.FILE_NAME),
                "group_type,group,n_job,full,subsidised,partial",
                // V W full, X Y1 subsidised, K partial
                "all,all,5,2,2,1",
                // V W X
                "cohort,1,3,2,1,0",
                // Y1 K (Z has no job)
                "cohort,2,2,0,1,1",
                // K
                "track,1,1,0,0,1",
                // X
                "track,2,1,0,1,0",
                // V W Y1
                "track,3,3,2,1,0",
                // X
                "arm,mentor_internship,1,0,1,0",
                // V W Y1 K
                "arm,mentor_only,4,2,1,1",
                // V X Y1 K
                "gender,female,4,1,2,1",
                // W (Z has no job)
                "gender,male,1,1,0,0");
    }
}
