package no.retthylle.analysis;

import static no.retthylle.analysis.CsvAssertions.assertCsv;
import static no.retthylle.analysis.ShareCountsAssertions.assertShareCounts;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.retthylle.analysis.tables.CompletionTable;
import no.retthylle.analysis.tables.InternshipsTable;
import no.retthylle.analysis.tables.JobAttachmentTable;
import no.retthylle.analysis.tables.MeetingsTable;
import no.retthylle.analysis.tables.MetricTable;
import no.retthylle.analysis.tables.SelfSufficiencyTable;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisJobTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");

    @Test
    void emptySnapshotGivesHeaderOnlyTables(@TempDir Path warehouseRoot, @TempDir Path metrics)
            throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = new SnapshotFixture().write(spark, warehouseRoot);

        MetricTables tables = AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID,
                AnalysisSettings.defaults(AS_OF), metrics);

        assertEquals(List.of(), tables.completion().rows());
        assertCsv(metrics.resolve(CompletionTable.FILE_NAME), "group_type,group,n_enrolled,n_matured,"
                + "completed_on_time,completed_late,paused,education,dropped_out,ongoing,rate_on_time,ci_low,ci_high");
        assertCsv(metrics.resolve(JobAttachmentTable.FILE_NAME), "group_type,group,measure,n,n_job,rate,ci_low,ci_high");
        assertCsv(metrics.resolve(SelfSufficiencyTable.FILE_NAME), "group_type,group,n_job,full,subsidised,partial");
        // No meetings or internships rows, so no shares to count.
        assertShareCounts(metrics.resolve(ShareCounts.FILE_NAME), MeetingsTable.FILE_NAME);
        assertShareCounts(metrics.resolve(ShareCounts.FILE_NAME), InternshipsTable.FILE_NAME);
    }

    @Test
    void rerunsWriteByteIdenticalFiles(@TempDir Path warehouseRoot, @TempDir Path first,
            @TempDir Path second) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        // Two persons, one with a job: enough rows for every table to have several groups.
        Warehouse warehouse = new SnapshotFixture()
                .participant("A", "female", 3).participant("B", "male", 2)
                .mentor("A", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .mentor("B", "2", "2019-06-01", "2020-06-01", null, null)
                .outcome("A", "2020-02-01", "relevant_job", 100, "ordinary")
                .write(spark, warehouseRoot);
        AnalysisSettings settings = AnalysisSettings.defaults(AS_OF);

        MetricTables tables = AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, settings, first);
        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, settings, second);

        for (MetricTable table : tables.all()) {
            assertArrayEquals(Files.readAllBytes(first.resolve(table.fileName())),
                    Files.readAllBytes(second.resolve(table.fileName())), table.fileName());
        }
        assertArrayEquals(Files.readAllBytes(first.resolve(ShareCounts.FILE_NAME)),
                Files.readAllBytes(second.resolve(ShareCounts.FILE_NAME)), ShareCounts.FILE_NAME);
    }
}
