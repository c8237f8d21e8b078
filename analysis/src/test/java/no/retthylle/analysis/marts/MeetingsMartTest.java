package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;
import static no.retthylle.analysis.ShareCountsAssertions.assertShareCounts;

import java.nio.file.Path;
import java.time.LocalDate;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.ShareCounts;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.tables.MeetingsTable;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingsMartTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");

    /*
     * As of 2020-09-01; (meeting_no, minutes_written) per date:
     *   A c1 completed 2019-01-01 -> 2020-01-10: two meetings on each of six dates, nos 1-12:
     *       2019-01-07 (1,2), 02-04 (3 minutes false, 4), 03-04 (5,6), 04-01 (7,8), 05-06 (9,10),
     *       06-03 (11,12), every other minutes true. Gaps 28, 28, 28, 35, 28.
     *   B c1 completed 2019-01-01 -> 2020-01-05: 2019-02-01 (1, true), 02-15 (2, true),
     *       03-11 (2 again, minutes not given) -> distinct nos 1, 2. Gaps 14, 24.
     *       A meeting on 2020-01-06 (after the end) is outside every spell: ignored.
     *   C c2 ongoing from 2020-03-01: 2020-03-02 (1, false), 04-01 (2, true), 04-21 (3, true).
     *       Gaps 30, 20. A meeting on 2020-09-02 is after as_of: ignored.
     *   D c2 paused 2019-06-01 -> 2019-09-01: 2019-06-01 (1, true), no gap. A meeting on 2019-10-01
     *       (after the pause began) is outside every spell: ignored.
     *   E c2 dropped out, no meetings: a spell, but not one with meetings.
     *   F no mentor spell: its meeting belongs to no spell.
     */
    private static SnapshotFixture fixture() {
        SnapshotFixture fixture = new SnapshotFixture()
                .participant("A", "female", 3).participant("B", "male", 3).participant("C", "female", 3)
                .participant("D", "female", 3).participant("E", "male", 3).participant("F", "male", 3)
                .mentor("A", "1", "2019-01-01", "2020-01-01", "2020-01-10", "completed")
                .mentor("B", "1", "2019-01-01", "2020-01-01", "2020-01-05", "completed")
                .meeting("B", "2019-02-01", 1, true).meeting("B", "2019-02-15", 2, true)
                .meeting("B", "2019-03-11", 2, null).meeting("B", "2020-01-06", 3, true)
                .mentor("C", "2", "2020-03-01", "2021-03-01", null, null)
                .meeting("C", "2020-03-02", 1, false).meeting("C", "2020-04-01", 2, true)
                .meeting("C", "2020-04-21", 3, true).meeting("C", "2020-09-02", 4, true)
                .mentor("D", "2", "2019-06-01", "2020-06-01", "2019-09-01", "parental_leave")
                .meeting("D", "2019-06-01", 1, true).meeting("D", "2019-10-01", 2, false)
                .mentor("E", "2", "2019-06-01", "2020-06-01", "2019-07-01", "dropped_out")
                .meeting("F", "2019-06-01", 1, true);
        String[] aDates = {"2019-01-07", "2019-02-04", "2019-03-04", "2019-04-01", "2019-05-06", "2019-06-03"};
        for (int i = 0; i < aDates.length; i++) {
            int first = 2 * i + 1;
            fixture.meeting("A", aDates[i], first, first != 3).meeting("A", aDates[i], first + 1, true);
        }
        return fixture;
    }

    @Test
    void countsOnlyMeetingsInsideASpellAndPoolsTheGapsOfAGroup(@TempDir Path warehouseRoot,
            @TempDir Path metrics) throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, AnalysisSettings.defaults(AS_OF), metrics);

        assertCsv(metrics.resolve(MeetingsTable.FILE_NAME),
                "group_type,group,n_spells,mean_meetings,share_all_12,median_interval_days,minutes_share",
                // spells with meetings A B C D; nos (12 + 2 + 3 + 1) / 4 = 4.5; completed A B, all 12: A -> 1/2;
                // gaps 14 20 24 28 28 28 28 30 35 -> the 5th of 9 = 28;
                // minutes given A 12 + B 2 + C 3 + D 1 = 18, true 11 + 2 + 2 + 1 = 16 -> 16/18
                "all,all,4,4.5,0.5,28,0.888888888889",
                // A B: (12 + 2) / 2 = 7; 1/2; gaps 14 24 28 28 28 28 35 -> the 4th of 7 = 28; 13/14
                "cohort,1,2,7,0.5,28,0.928571428571",
                // C D (E has none): (3 + 1) / 2 = 2; no completed spell -> empty;
                // gaps 20 30 -> (20 + 30) / 2 = 25; minutes 3/4
                "cohort,2,2,2,,25,0.75");
    }

    @Test
    void theCountsBehindBothSharesGoToShareCountsJson(@TempDir Path warehouseRoot, @TempDir Path metrics)
            throws Exception {
        SparkSession spark = SparkSessions.forTests();
        Warehouse warehouse = fixture().write(spark, warehouseRoot);

        AnalysisJob.run(spark, warehouse, SnapshotFixture.SNAPSHOT_ID, AnalysisSettings.defaults(AS_OF), metrics);

        assertShareCounts(metrics.resolve(ShareCounts.FILE_NAME), MeetingsTable.FILE_NAME,
                // completed spells A B, all of 1-12 only A; minutes given 12 + 2 + 3 + 1 = 18, true 11 + 2 + 2 + 1 = 16
                "all all share_all_12 1/2", "all all minutes_share 16/18",
                // A B; minutes A 11 of 12, B 2 of 2 (its repeated no. 2 has none given)
                "cohort 1 share_all_12 1/2", "cohort 1 minutes_share 13/14",
                // no completed spell (C ongoing, D paused, E dropped out); minutes C 2 of 3, D 1 of 1
                "cohort 2 share_all_12 0/0", "cohort 2 minutes_share 3/4");
    }
}
