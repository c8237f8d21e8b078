package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;

import java.nio.file.Path;
import java.time.LocalDate;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.tables.SkillsTable;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillsMartTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");
    private static final String GOLDEN = "mart_skills.csv";

    /*
     * As of 2020-09-01. (baseline, final) pairs per dimension:
     *   A c1, internship -> mentor_internship: network (2,4), job_qualification (1,3), career_learning (3,3)
     *   B c1 mentor_only: network (1,4), job_qualification (2,2)
     *   C c2 mentor_only: network (3,5), job_qualification (2,5)
     *   D mentor_only, first spell c1 (paused), second c2 -> the person's cohort is 1: network (2,3)
     *   E intro only (no mentor spell): network (1,5) -> not counted
     *   F c2: baseline and midway only -> no pair
     *   G c1: final dated 2020-10-01, after as_of -> no pair
     */
    private static SnapshotFixture fixture() {
        return new SnapshotFixture()
                .participant("A", "female", 3).participant("B", "male", 3).participant("C", "female", 3)
                .participant("D", "female", 3).participant("E", "male", 3).participant("F", "male", 3)
                .participant("G", "female", 3)
                .mentor("A", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .internship("A", "2019-03-01", "2019-06-01", "2019-06-01", "completed")
                .mentor("B", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .mentor("C", "2", "2019-09-01", "2020-09-01", null, null)
                .mentor("D", "1", "2018-01-01", "2019-01-01", "2018-06-01", "parental_leave")
                .mentor("D", "2", "2019-09-01", "2020-09-01", null, null)
                .intro("E", "2017-01-01", "2019-01-01", "2019-01-01", "completed")
                .mentor("F", "2", "2019-09-01", "2020-09-01", null, null)
                .mentor("G", "1", "2019-01-01", "2020-01-01", null, null)
                .assessment("A", "2019-01-05", "baseline", "network", 2)
                .assessment("A", "2020-01-05", "final", "network", 4)
                .assessment("A", "2019-01-05", "baseline", "job_qualification", 1)
                .assessment("A", "2020-01-05", "final", "job_qualification", 3)
                .assessment("A", "2019-01-05", "baseline", "career_learning", 3)
                .assessment("A", "2020-01-05", "final", "career_learning", 3)
                .assessment("B", "2019-01-05", "baseline", "network", 1)
                .assessment("B", "2020-01-05", "final", "network", 4)
                .assessment("B", "2019-01-05", "baseline", "job_qualification", 2)
                .assessment("B", "2020-01-05", "final", "job_qualification", 2)
                .assessment("C", "2019-09-05", "baseline", "network", 3)
                .assessment("C", "2020-08-25", "final", "network", 5)
                .assessment("C", "2019-09-05", "baseline", "job_qualification", 2)
                .assessment("C", "2020-08-25", "final", "job_qualification", 5)
                .assessment("D", "2019-09-05", "baseline", "network", 2)
                .assessment("D", "2020-08-25", "final", "network", 3)
                .assessment("E", "2017-01-05", "baseline", "network", 1)
                .assessment("E", "2018-12-05", "final", "network", 5)
                .assessment("F", "2019-09-05", "baseline", "network", 2)
                .assessment("F", "2020-03-05", "midway", "network", 3)
                .assessment("G", "2019-01-05", "baseline", "network", 1)
                .assessment("G", "2020-10-01", "final", "network", 5);
    }

    @Test
    void summarisesPairsOfPersonsWithAMentorSpellByTheCohortOfTheirFirstSpell(@TempDir Path warehouseRoot,
            @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, AnalysisSettings.defaults(AS_OF), metrics);

        assertCsv(metrics.resolve(SkillsTable.FILE_NAME),
                "group_type,group,dimension,n_pairs,mean_baseline,mean_final,mean_change,share_improved,wilcoxon_p",
                // A B C D: baseline (2+1+3+2)/4 = 2, final (4+4+5+3)/4 = 4, change 2, all 4 improved
                "all,all,network,4,2.0,4.0,2.0,1," + p("all_network"),
                // A B C: baseline 5/3, final 10/3, change (2+0+3)/3 = 5/3, improved A C = 2/3
                "all,all,job_qualification,3,1.66666666667,3.33333333333,1.66666666667,0.666666666667,"
                        + p("all_job_qualification"),
                // A alone: one pair, no p-value
                "all,all,career_learning,1,3.0,3.0,0,0,",
                // A B D: baseline 5/3, final 11/3, change (2+3+1)/3 = 2, all improved
                "cohort,1,network,3,1.66666666667,3.66666666667,2.0,1," + p("cohort1_network"),
                // A B: baseline 1.5, final 2.5, change (2+0)/2 = 1, improved A = 1/2
                "cohort,1,job_qualification,2,1.5,2.5,1.0,0.5," + p("cohort1_job_qualification"),
                "cohort,1,career_learning,1,3.0,3.0,0,0,",
                // C alone
                "cohort,2,network,1,3.0,5.0,2.0,1,",
                "cohort,2,job_qualification,1,2.0,5.0,3.0,1,",
                // A alone
                "arm,mentor_internship,network,1,2.0,4.0,2.0,1,",
                "arm,mentor_internship,job_qualification,1,1.0,3.0,2.0,1,",
                "arm,mentor_internship,career_learning,1,3.0,3.0,0,0,",
                // B C D: baseline 6/3 = 2, final 12/3 = 4, change 2, all improved
                "arm,mentor_only,network,3,2.0,4.0,2.0,1," + p("mentor_only_network"),
                // B C: baseline 2, final 3.5, change (0+3)/2 = 1.5, improved C = 1/2
                "arm,mentor_only,job_qualification,2,2.0,3.5,1.5,0.5," + p("mentor_only_job_qualification"));
    }

    /** R's p-value; a whole number (0.25 has a point, 1 has none) is compared as text. */
    private static String p(String caseName) {
        return RValues.value(GOLDEN, caseName);
    }
}
