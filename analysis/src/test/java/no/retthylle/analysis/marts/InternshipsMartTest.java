package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;
import static no.retthylle.analysis.ShareCountsAssertions.assertShareCounts;

import java.nio.file.Path;
import java.time.LocalDate;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.ShareCounts;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.tables.InternshipsTable;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InternshipsMartTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");

    /*
     * As of 2020-09-01, job window 90 days; (fte_pct, training_plan, mentor_at_host):
     *   A1 mentor_internship 2019-11-30 -> 2020-02-29 (100, yes, no): 91 days (1 + 31 + 31 + 28);
     *       + 3 months = 2020-02-29 (Feb 30 clamped) <= end -> 3 months; relevant job 2020-05-29
     *       = end + 90 days (31 + 30 + 29), closed window -> job
     *   A2 mentor_internship 2020-06-01 -> 2020-08-31 (80, yes, yes): 91 days (30 + 31 + 30);
     *       + 3 months = 2020-09-01 > end -> not 3 months; A's job on 2020-05-29 is before it -> no job
     *   B  mentor_internship 2020-01-15 -> 2020-04-14 (50, no, not given): 90 days (31 + 29 + 30);
     *       + 3 months = 2020-04-15 > end; job 2020-07-14 > end + 90 = 2020-07-13 -> no job
     *   C  internship_only 2020-06-01, ongoing (not given, yes, yes): 92 days to as_of
     *       (30 + 31 + 31); 2020-09-01 >= + 3 months -> 3 months; not ended: outside job_rate
     *   D  internship_only 2019-01-01 -> 2019-03-01 (100, not given, no): 59 days (31 + 28);
     *       relevant job 2018-12-01 is before the start, other_job 2019-03-15 is not relevant -> no job
     *   E  internship starting 2020-10-01, after as_of: not counted
     */
    private static SnapshotFixture fixture() {
        return new SnapshotFixture()
                .participant("A", "female", 3).participant("B", "male", 3).participant("C", "female", 3)
                .participant("D", "female", 3).participant("E", "male", 3)
                .mentor("A", "1", "2019-09-01", "2020-09-01", null, null)
                .internship("A", "2019-11-30", "2020-02-29", "2020-02-29", "completed", 100, true, false)
                .internship("A", "2020-06-01", "2020-08-31", "2020-08-31", "completed", 80, true, true)
                .outcome("A", "2020-05-29", "relevant_job", 100, "ordinary")
                .mentor("B", "1", "2019-09-01", "2020-09-01", null, null)
                .internship("B", "2020-01-15", "2020-04-15", "2020-04-14", "dropped_out", 50, false, null)
                .outcome("B", "2020-07-14", "relevant_job", 100, "ordinary")
                .internship("C", "2020-06-01", "2020-12-01", null, null, null, true, true)
                .outcome("C", "2020-07-01", "relevant_job", 100, "ordinary")
                .internship("D", "2019-01-01", "2019-04-01", "2019-03-01", "dropped_out", 100, null, false)
                .outcome("D", "2018-12-01", "relevant_job", 100, "ordinary")
                .outcome("D", "2019-03-15", "other_job", 100, "ordinary")
                .internship("E", "2020-10-01", "2021-01-01", null, null, 100, true, true);
    }

    @Test
    void sharesTakeTheirOwnDenominatorsAndJobRateOnlyEndedInternships(@TempDir Path warehouseRoot,
            @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, AnalysisSettings.defaults(AS_OF), metrics);

        assertCsv(metrics.resolve(InternshipsTable.FILE_NAME),
                "group_type,group,n,median_days,share_3_months,share_full_time,share_training_plan,"
                        + "share_mentor_at_host,job_rate",
                // days 59 90 91 91 92 -> 91; 3 months A1 C: 2/5; fte 100 of A1 A2 B D: 2/4;
                // plan of A1 A2 B C: 3/4; mentor of A1 A2 C D: 2/4; job of ended A1 A2 B D: 1/4
                "all,all,5,91,0.4,0.5,0.75,0.5,0.25",
                // C D: days 59 92 -> (59 + 92) / 2 = 75.5; 3 months C: 1/2; fte of D: 1/1; plan of C: 1/1;
                // mentor of C D: 1/2; job of ended D: 0/1
                "arm,internship_only,2,75.5,0.5,1,1,0.5,0",
                // A1 A2 B: days 90 91 91 -> 91; 1/3; 1/3; 2/3; mentor of A1 A2: 1/2; job 1/3
                "arm,mentor_internship,3,91,0.333333333333,0.333333333333,0.666666666667,0.5,0.333333333333");
    }

    @Test
    void theCountsBehindTheSharesWithUnpublishedDenominatorsGoToShareCountsJson(@TempDir Path warehouseRoot,
            @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, AnalysisSettings.defaults(AS_OF), metrics);

        assertShareCounts(metrics.resolve(ShareCounts.FILE_NAME), InternshipsTable.FILE_NAME,
                // fte given A1 A2 B D, 100 in A1 D; plan given A1 A2 B C, yes A1 A2 C;
                // mentor given A1 A2 C D, yes A2 C; ended A1 A2 B D, job A1
                "all all share_full_time 2/4", "all all share_training_plan 3/4",
                "all all share_mentor_at_host 2/4", "all all job_rate 1/4",
                // C D: fte given D (100); plan given C (yes); mentor C yes, D no; ended D, no job
                "arm internship_only share_full_time 1/1", "arm internship_only share_training_plan 1/1",
                "arm internship_only share_mentor_at_host 1/2", "arm internship_only job_rate 0/1",
                // A1 A2 B: fte 100 only A1; plan yes A1 A2, no B; mentor given A1 (no) A2 (yes); ended all three, job A1
                "arm mentor_internship share_full_time 1/3", "arm mentor_internship share_training_plan 2/3",
                "arm mentor_internship share_mentor_at_host 1/2", "arm mentor_internship job_rate 1/3");
    }
}
