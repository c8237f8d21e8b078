package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.MetricTables;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.stats.KaplanMeier;
import no.retthylle.analysis.tables.GroupKey;
import no.retthylle.analysis.tables.GroupType;
import no.retthylle.analysis.tables.TimeToJobSummaryTable;
import no.retthylle.analysis.tables.TimeToJobTable;
import no.retthylle.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeToJobMartTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");
    private static final GroupKey ALL = new GroupKey(GroupType.ALL, "all");
    private static final GroupKey ORDINARY = new GroupKey(GroupType.ARM, "ordinary");
    private static final double EXACT = 1e-12;

    @TempDir
    Path warehouseRoot;
    @TempDir
    Path metrics;

    private MetricTables run(SnapshotFixture fixture, LocalDate asOf) throws IOException {
        SparkSession spark = SparkSessions.forTests();
        return AnalysisJob.run(spark, fixture.write(spark, warehouseRoot), SnapshotFixture.SNAPSHOT_ID,
                AnalysisSettings.defaults(asOf), metrics);
    }

    private static List<KaplanMeier.Step> steps(MetricTables tables, GroupKey group) {
        return tables.timeToJob().rows().stream().filter(r -> r.group().equals(group))
                .map(TimeToJobTable.Row::step).toList();
    }

    private static String[] golden(String resource) throws IOException {
        try (InputStream in = TimeToJobMartTest.class.getResourceAsStream("/r/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
    }

    /*
     * The persons of r/time_to_job.R, as of 2020-09-01 (times there computed by R from the dates):
     *   A mentor 2019-01-01, job 2019-07-01; B mentor 2019-01-01, only an other_job;
     *   C mentor 2019-01-01 (paused 2019-05-01) and again from 2019-10-01, job 2020-01-15:
     *     origin = the first spell; D mentor 2019-06-01, jobs 2019-03-01 (before the origin,
     *     does not matter) and 2020-06-01; E, F mentor 2019-01-01 with an internship, E's job
     *     on as_of (tied with F's censoring); G internship 2019-02-01, job 2019-08-01;
     *   I internship 2020-01-01, a job after as_of only; J intro 2018-02-28 (ended 2018-12-31),
     *     origin 2019-02-28, job that day (t = 0); L intro 2018-06-01, origin 2019-06-01;
     *   M intro 2019-10-14, origin 2020-10-14 after as_of: left out.
     */
    private static SnapshotFixture fixture() {
        SnapshotFixture f = new SnapshotFixture();
        for (String id : List.of("A", "B", "C", "D", "E", "F", "G", "I", "J", "L", "M")) {
            f.participant(id, "female", 3);
        }
        return f.mentor("A", "1", "2019-01-01", "2020-01-01", "2020-01-01", "completed")
                .mentor("B", "1", "2019-01-01", "2020-01-01", "2020-01-01", "completed")
                .mentor("C", "1", "2019-01-01", "2020-01-01", "2019-05-01", "parental_leave")
                .mentor("C", "2", "2019-10-01", "2020-10-01", null, null)
                .mentor("D", "2", "2019-06-01", "2020-06-01", "2020-06-01", "completed")
                .mentor("E", "1", "2019-01-01", "2020-01-01", "2020-01-01", "completed")
                .internship("E", "2019-03-01", "2019-06-01", "2019-06-01", "completed")
                .mentor("F", "1", "2019-01-01", "2020-01-01", "2020-01-01", "completed")
                .internship("F", "2019-03-01", "2019-06-01", "2019-06-01", "completed")
                .internship("G", "2019-02-01", "2019-05-01", "2019-05-01", "completed")
                .internship("I", "2020-01-01", "2020-12-01", null, null)
                .intro("J", "2018-02-28", "2020-02-28", "2018-12-31", "moved")
                .intro("L", "2018-06-01", "2020-06-01", null, null)
                .intro("M", "2019-10-14", "2021-10-14", null, null)
                .outcome("A", "2019-07-01", "relevant_job", 100, "ordinary")
                .outcome("B", "2019-05-01", "other_job", 100, "ordinary")
                .outcome("C", "2020-01-15", "relevant_job", 100, "ordinary")
                .outcome("D", "2019-03-01", "relevant_job", 50, "ordinary")
                .outcome("D", "2020-06-01", "relevant_job", 100, "ordinary")
                .outcome("E", "2020-09-01", "relevant_job", 100, "ordinary")
                .outcome("G", "2019-08-01", "relevant_job", 100, "ordinary")
                .outcome("I", "2020-09-02", "relevant_job", 100, "ordinary")
                .outcome("J", "2019-02-28", "relevant_job", 100, "ordinary");
    }

    @Test
    void curvesAndSummariesMatchRSurvfit() throws Exception {
        run(fixture(), AS_OF);

        assertCsv(metrics.resolve(TimeToJobTable.FILE_NAME), golden("time_to_job_curves.csv"));
        assertCsv(metrics.resolve(TimeToJobSummaryTable.FILE_NAME), golden("time_to_job_summary.csv"));
    }

    @Test
    void theFirstMentorSpellIsTheOrigin() throws Exception {
        // Spells 2019-01-01 (paused) and 2019-10-01; job 2019-03-01: t = 31 + 28 = 59 days from
        // the first spell (from the second it would be a job before the origin: censored).
        MetricTables tables = run(new SnapshotFixture().participant("P", "female", 3)
                .mentor("P", "1", "2019-01-01", "2020-01-01", "2019-05-01", "parental_leave")
                .mentor("P", "2", "2019-10-01", "2020-10-01", null, null)
                .outcome("P", "2019-03-01", "relevant_job", 100, "ordinary"), AS_OF);

        assertEquals(List.of(new KaplanMeier.Step(59, 1, 1, 0, 0, Double.NaN, Double.NaN)), steps(tables, ALL));
    }

    @Test
    void aJobBeforeTheOriginDoesNotMatter() throws Exception {
        // Mentor 2019-01-01; jobs 2018-12-31 (ignored) and 2019-01-11: event at t = 10.
        MetricTables tables = run(new SnapshotFixture().participant("P", "female", 3)
                .mentor("P", "1", "2019-01-01", "2020-01-01", null, null)
                .outcome("P", "2018-12-31", "relevant_job", 100, "ordinary")
                .outcome("P", "2019-01-11", "relevant_job", 100, "ordinary"), AS_OF);

        assertEquals(List.of(new KaplanMeier.Step(10, 1, 1, 0, 0, Double.NaN, Double.NaN)), steps(tables, ALL));
    }

    @Test
    void eventsComeBeforeCensoringsAtATiedTime() throws Exception {
        // P, Q from 2019-01-01: P's job on as_of and Q's censoring both at t = 365 + 244 = 609;
        // R from 2018-01-01, censored at t = 609 + 365 = 974. At 609: 3 at risk, 1 event, 1
        // censored, S = 1 - 1/3 = 2/3; at 974: 1 at risk, S stays 2/3.
        MetricTables tables = run(new SnapshotFixture()
                .participant("P", "female", 3).participant("Q", "male", 3).participant("R", "male", 3)
                .mentor("P", "1", "2019-01-01", "2020-01-01", null, null)
                .mentor("Q", "1", "2019-01-01", "2020-01-01", null, null)
                .mentor("R", "0", "2018-01-01", "2019-01-01", null, null)
                .outcome("P", "2020-09-01", "relevant_job", 100, "ordinary"), AS_OF);

        List<KaplanMeier.Step> steps = steps(tables, ALL);
        assertEquals(2, steps.size());
        assertStep(steps.get(0), 609, 3, 1, 1, 2.0 / 3);
        assertStep(steps.get(1), 974, 1, 0, 1, 2.0 / 3);
    }

    @Test
    void anOrdinaryPersonWhoseIntroEndedBeforeTheOriginStaysIn() throws Exception {
        // Intro 2018-01-10, ended 2018-06-30 (moved); origin 2019-01-10; job 2019-03-01:
        // t = 21 + 28 + 1 = 50.
        MetricTables tables = run(new SnapshotFixture().participant("P", "female", 3)
                .intro("P", "2018-01-10", "2020-01-10", "2018-06-30", "moved")
                .outcome("P", "2019-03-01", "relevant_job", 100, "ordinary"), AS_OF);

        assertEquals(List.of(new KaplanMeier.Step(50, 1, 1, 0, 0, Double.NaN, Double.NaN)),
                steps(tables, ORDINARY));
    }

    @Test
    void twelveMonthsAfterALeapDayIsTheLastDayOfFebruary() throws Exception {
        // Intro 2020-02-29 + 12 months = 2021-02-28 (LocalDate.plusMonths clamps); as of
        // 2021-03-31 censored at t = 31 (2021-03-01 would give 30).
        LocalDate asOf = LocalDate.parse("2021-03-31");
        assertEquals(LocalDate.parse("2021-02-28"), LocalDate.parse("2020-02-29").plusMonths(12));
        MetricTables tables = run(new SnapshotFixture().participant("P", "female", 3)
                .intro("P", "2020-02-29", "2022-02-28", null, null), asOf);

        assertEquals(List.of(new KaplanMeier.Step(31, 1, 0, 1, 1, Double.NaN, Double.NaN)),
                steps(tables, ORDINARY));
    }

    @Test
    void aPersonWhoseOriginIsAfterAsOfIsLeftOut() throws Exception {
        // Intro 2019-10-14: origin 2020-10-14 is after as_of 2020-09-01.
        MetricTables tables = run(new SnapshotFixture().participant("P", "female", 3)
                .intro("P", "2019-10-14", "2021-10-14", null, null), AS_OF);

        assertEquals(List.of(), tables.timeToJob().rows());
        assertEquals(List.of(), tables.timeToJobSummary().rows());
    }

    private static void assertStep(KaplanMeier.Step step, double t, long atRisk, long events,
            long censored, double survival) {
        assertEquals(t, step.time());
        assertEquals(atRisk, step.atRisk());
        assertEquals(events, step.events());
        assertEquals(censored, step.censored());
        assertEquals(survival, step.survival(), EXACT);
    }
}
