package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;

import java.nio.file.Path;
import java.time.LocalDate;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.tables.JobAttachmentTable;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobAttachmentMartTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");

    /*
     * As of 2020-09-01, job window 90 days:
     *   P c1 track 3 female, completed 2020-01-10; job 2020-04-09 = 2020-01-10 + 90 days
     *       (21 + 29 + 31 + 9, closed range) -> job_by_end yes, job_to_date yes
     *   Q c1 track 3 male, completed 2020-02-15; job 2020-05-20 > 2020-02-15 + 90 = 2020-05-15
     *       -> job_by_end no, job_to_date yes
     *   R c1 track 2 female, completed 2020-07-01; window min(2020-09-29, as_of) = 2020-09-01;
     *       job 2020-09-02 -> job_by_end no, job_to_date no
     *   S c2 track 3 female, ongoing; relevant job 2019-05-01 before start 2019-06-01 and an
     *       other_job -> not completed, job_to_date no
     *   T c2 track 1 male, dropped out; job 2020-02-01 -> not completed, job_to_date yes
     *   U c2 track 3 female, parental leave; job 2020-06-10 -> paused is not completed,
     *       job_to_date yes
     * Arms: P has an internship -> mentor_internship; the others mentor_only.
     */
    private static SnapshotFixture fixture() {
        return new SnapshotFixture()
                .participant("P", "female", 3).participant("Q", "male", 3)
                .participant("R", "female", 2).participant("S", "female", 3)
                .participant("T", "male", 1).participant("U", "female", 3)
                .mentor("P", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .internship("P", "2019-03-01", "2019-06-01", "2019-06-01", "completed")
                .mentor("Q", "1", "2019-01-01", "2020-01-01", "2020-02-15", "completed")
                .mentor("R", "1", "2019-01-01", "2020-01-01", "2020-07-01", "completed")
                .mentor("S", "2", "2019-06-01", "2020-06-01", null, null)
                .mentor("T", "2", "2019-06-01", "2020-06-01", "2019-12-01", "dropped_out")
                .mentor("U", "2", "2019-06-01", "2020-06-01", "2020-06-01", "parental_leave")
                .outcome("P", "2020-04-09", "relevant_job", 100, "ordinary")
                .outcome("Q", "2020-05-20", "relevant_job", 100, "ordinary")
                .outcome("R", "2020-09-02", "relevant_job", 100, "ordinary")
                .outcome("S", "2019-05-01", "relevant_job", 100, "ordinary")
                .outcome("S", "2020-01-01", "other_job", 100, "ordinary")
                .outcome("T", "2020-02-01", "relevant_job", 50, "wage_subsidy")
                .outcome("U", "2020-06-10", "relevant_job", 100, "ordinary");
    }

    @Test
    void countsJobsByEndOverCompletedSpellsAndJobsToDateOverAllSpells(@TempDir Path warehouseRoot,
            @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, AnalysisSettings.defaults(AS_OF), metrics);

        assertCsv(metrics.resolve(JobAttachmentTable.FILE_NAME),
                "group_type,group,measure,n,n_job,rate,ci_low,ci_high",
                // completed P Q R, job P: prop.test(1, 3, correct = FALSE)
                "all,all,job_by_end,3,1,0.333333333333,0.0614919447203963,0.792340399197952",
                // all six, jobs P Q T U: prop.test(4, 6, correct = FALSE)
                "all,all,job_to_date,6,4,0.666666666667,0.299993315138392,0.90322858889422",
                "cohort,1,job_by_end,3,1,0.333333333333,0.0614919447203963,0.792340399197952",
                // P Q R, jobs P Q: prop.test(2, 3, correct = FALSE)
                "cohort,1,job_to_date,3,2,0.666666666667,0.207659600802048,0.938508055279604",
                // S T U: none completed -> n = 0, rate undefined
                "cohort,2,job_by_end,0,0,,,",
                // jobs T U: prop.test(2, 3, correct = FALSE)
                "cohort,2,job_to_date,3,2,0.666666666667,0.207659600802048,0.938508055279604",
                "track,1,job_by_end,0,0,,,",
                // T: prop.test(1, 1, correct = FALSE)
                "track,1,job_to_date,1,1,1,0.206549314377238,1",
                // R: prop.test(0, 1, correct = FALSE)
                "track,2,job_by_end,1,0,0,0,0.793450685622763",
                "track,2,job_to_date,1,0,0,0,0.793450685622763",
                // completed P Q, job P: prop.test(1, 2, correct = FALSE)
                "track,3,job_by_end,2,1,0.5,0.0945312057342307,0.905468794265769",
                // P Q S U, jobs P Q U: prop.test(3, 4, correct = FALSE)
                "track,3,job_to_date,4,3,0.75,0.300641842582402,0.954412739190299",
                // P: prop.test(1, 1, correct = FALSE)
                "arm,mentor_internship,job_by_end,1,1,1,0.206549314377238,1",
                "arm,mentor_internship,job_to_date,1,1,1,0.206549314377238,1",
                // completed Q R, no job: prop.test(0, 2, correct = FALSE)
                "arm,mentor_only,job_by_end,2,0,0,0,0.657619772493347",
                // Q R S T U, jobs Q T U: prop.test(3, 5, correct = FALSE)
                "arm,mentor_only,job_to_date,5,3,0.6,0.230724281276013,0.882379225767352",
                // completed P R, job P: prop.test(1, 2, correct = FALSE)
                "gender,female,job_by_end,2,1,0.5,0.0945312057342307,0.905468794265769",
                // P R S U, jobs P U: prop.test(2, 4, correct = FALSE)
                "gender,female,job_to_date,4,2,0.5,0.15003898915215,0.84996101084785",
                // completed Q, no job: prop.test(0, 1, correct = FALSE)
                "gender,male,job_by_end,1,0,0,0,0.793450685622763",
                // Q T, both with a job: prop.test(2, 2, correct = FALSE)
                "gender,male,job_to_date,2,2,1,0.342380227506653,1");
    }
}
