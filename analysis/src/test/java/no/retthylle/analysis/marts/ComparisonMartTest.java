package no.retthylle.analysis.marts;

import static no.retthylle.analysis.CsvAssertions.assertCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.MetricTables;
import no.retthylle.analysis.SnapshotFixture;
import no.retthylle.analysis.stats.AdjustedRiskDifference;
import no.retthylle.analysis.tables.BalanceTable;
import no.retthylle.analysis.tables.ComparisonTable;
import no.retthylle.analysis.tables.GroupKey;
import no.retthylle.analysis.tables.GroupType;
import no.retthylle.analysis.tables.TimeToJobTable;
import no.retthylle.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonMartTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-09-01");
    private static final String HEADER = "arm,n,n_job,rate,ci_low,ci_high,rd,rd_low,rd_high,rr,rr_low,"
            + "rr_high,fisher_p,rd_adj,rd_adj_low,rd_adj_high,warning";
    /** Cells a contrast leaves empty: rd … rd_adj_high and warning of an arm without ordinary. */
    private static final String NO_ORDINARY = ",,,,,,,,,,,arm under 30 persons";
    private static final double TOLERANCE = 1e-9;

    @TempDir
    Path warehouseRoot;
    @TempDir
    Path metrics;

    private MetricTables run(SnapshotFixture fixture) throws IOException {
        SparkSession spark = SparkSessions.forTests();
        return AnalysisJob.run(spark, fixture.write(spark, warehouseRoot), SnapshotFixture.SNAPSHOT_ID,
                AnalysisSettings.defaults(AS_OF), metrics);
    }

    /*
     * Fixture 1 of r/comparison.R. Mentor spells start 2019-01-01, intro spells 2018-01-01
     * (index 2019-01-01); follow-up window [2019-01-01, 2020-01-01]. Age, NOKUT and Norwegian
     * missing for everyone (left out of the model), arrival on 1 March of the year given.
     */
    private static SnapshotFixture comparisonFixture() {
        SnapshotFixture f = new SnapshotFixture();
        person(f, "MI1", "female", "master", 2016).internship("MI1", "2019-02-01", "2019-05-01", null, null);
        person(f, "MI2", "male", "bachelor", 2017).internship("MI2", "2019-02-01", "2019-05-01", null, null);
        person(f, "MI3", "female", "unknown", 2016).internship("MI3", "2019-02-01", "2019-05-01", null, null);
        person(f, "MO1", "female", "bachelor", 2015);
        person(f, "MO2", "male", "master", 2016);
        person(f, "MO3", "female", "phd", 2017);
        person(f, "MO4", "male", "bachelor", 2016);
        for (String id : List.of("MI1", "MI2", "MI3", "MO1", "MO2", "MO3", "MO4")) {
            f.mentor(id, "1", "2019-01-01", "2020-01-01", null, null);
        }
        person(f, "O1", "female", "bachelor", 2015);
        person(f, "O2", "male", "master", 2016);
        person(f, "O3", "female", "master", 2017);
        person(f, "O4", "male", "bachelor", 2016);
        person(f, "O5", "female", "higher_short", 2015);
        person(f, "O6", "male", "bachelor", 2017);
        person(f, "O7", "female", null, 2016);
        person(f, "O8", "male", "master", 2015);
        for (String id : List.of("O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "X1")) {
            f.intro(id, "2018-01-01", "2020-01-01", null, null);
        }
        // Left out: X1 (ordinary) has a relevant job the day before its index date; X2's index
        // 2019-10-01 + 365 days is after as_of; X3 is on track 2.
        person(f, "X1", "male", "master", 2016).outcome("X1", "2018-12-31", "relevant_job", 100, "ordinary");
        person(f, "X2", "male", "master", 2016).mentor("X2", "2", "2019-10-01", "2020-10-01", null, null);
        f.participant("X3", "male", 2, null, "2016-03-01", "primary", null, null)
                .mentor("X3", "1", "2019-01-01", "2020-01-01", null, null)
                .outcome("X3", "2019-02-01", "relevant_job", 100, "ordinary");
        return f.outcome("MI1", "2019-06-01", "relevant_job", 100, "ordinary")
                .outcome("MI2", "2019-12-01", "relevant_job", 100, "ordinary")
                .outcome("MO1", "2020-01-01", "relevant_job", 100, "ordinary") // last day of the window
                .outcome("MO2", "2020-01-02", "relevant_job", 100, "ordinary") // one day after it
                .outcome("MO4", "2019-03-01", "relevant_job", 100, "ordinary")
                .outcome("O1", "2019-01-01", "relevant_job", 100, "ordinary") // on the index date
                .outcome("O3", "2019-04-01", "other_job", 100, "ordinary")
                .outcome("O4", "2019-05-01", "relevant_job", 100, "ordinary")
                .outcome("O8", "2019-08-01", "relevant_job", 100, "ordinary");
    }

    private static SnapshotFixture person(SnapshotFixture f, String id, String gender, String education,
            int arrivalYear) {
        return f.participant(id, gender, 3, null, arrivalYear + "-03-01", education, null, null);
    }

    @Test
    void crudeAndAdjustedFiguresMatchR() throws Exception {
        MetricTables tables = run(comparisonFixture());

        List<String[]> actual = csv(Files.readAllLines(metrics.resolve(ComparisonTable.FILE_NAME)));
        List<String[]> expected = csv(List.of(golden("comparison_golden.csv")));
        assertEquals(List.of(HEADER.split(",")), List.of(actual.get(0)));
        assertEquals(expected.size(), actual.size());
        for (int row = 1; row < expected.size(); row++) {
            assertEquals(expected.get(row)[0], actual.get(row)[0]);
            for (int col = 1; col < expected.get(0).length; col++) {
                assertCell(expected.get(row)[col], actual.get(row)[col], "row " + row + " " + expected.get(0)[col]);
            }
        }
        // Bootstrap bounds and warnings have no R counterpart (R's RNG cannot be matched):
        // every contrast has an interval, and every arm is under 30 persons.
        for (ComparisonTable.Row row : tables.comparison().rows().subList(0, 3)) {
            AdjustedRiskDifference adjusted = row.againstOrdinary().orElseThrow().adjusted();
            assertTrue(adjusted.low() <= adjusted.high(), row.arm().label());
            assertTrue(adjusted.warnings().contains(AdjustedRiskDifference.Warning.SMALL_ARM), row.arm().label());
        }
        assertCsv(metrics.resolve(BalanceTable.FILE_NAME), golden("comparison_balance.csv"));
    }

    /*
     * Fixture 2 of r/comparison.R: every covariate coding, mentor_only M1-M4 against
     * ordinary O1-O4, no jobs. Only smd_before has an R value (the model separates).
     */
    @Test
    void covariatesAreCodedAsTheSpecSays() throws Exception {
        SnapshotFixture f = new SnapshotFixture()
                .participant("M1", "female", 3, 1985, "2016-03-01", "master", "yes", "B2")
                .participant("M2", "male", 3, 1990, "2017-06-01", "bachelor", "pending", "C1")
                .participant("M3", "other", 3, null, "2015-01-10", "phd", "unknown", "unknown")
                .participant("M4", "male", 3, 1979, "2014-12-31", "unknown", "yes", "B2")
                .participant("O1", "female", 3, 1980, "2015-05-05", "none", "no", "A1")
                .participant("O2", null, 3, 1992, "2016-08-08", "upper_secondary", "yes", "C2")
                .participant("O3", "male", 3, 1988, "2018-02-02", "primary", null, "A2")
                .participant("O4", "female", 3, 1983, "2017-01-01", "higher_short", "no", "B1");
        for (String id : List.of("M1", "M2", "M3", "M4")) {
            f.mentor(id, "1", "2019-01-01", "2020-01-01", null, null);
        }
        for (String id : List.of("O1", "O2", "O3", "O4")) {
            f.intro(id, "2018-01-01", "2020-01-01", null, null);
        }
        run(f);

        List<String[]> actual = csv(Files.readAllLines(metrics.resolve(BalanceTable.FILE_NAME)));
        List<String[]> expected = csv(List.of(golden("comparison_covariates.csv")));
        assertEquals(expected.size(), actual.size());
        for (int row = 1; row < expected.size(); row++) {
            assertEquals(expected.get(row)[0], actual.get(row)[0]);
            assertCell(expected.get(row)[1], actual.get(row)[1], expected.get(row)[0]);
        }
    }

    @Test
    void theFirstMentorSpellIsTheIndexDate() throws Exception {
        // Spells 2019-01-01 (paused) and 2019-10-01; job 2019-03-01 is in [2019-01-01,
        // 2020-01-01]. Indexed on the second spell it would be a job before the index date.
        run(new SnapshotFixture().participant("P", "female", 3)
                .mentor("P", "1", "2019-01-01", "2020-01-01", "2019-05-01", "parental_leave")
                .mentor("P", "2", "2019-10-01", "2020-10-01", null, null)
                .outcome("P", "2019-03-01", "relevant_job", 100, "ordinary"));

        // No ordinary persons: no ordinary row and an empty contrast. Wilson of 1 of 1:
        // prop.test(1, 1, correct = FALSE) gives (0.206549314377238, 1).
        assertCsv(metrics.resolve(ComparisonTable.FILE_NAME), HEADER,
                "mentor_only,1,1,1,0.206549314377238,1" + NO_ORDINARY,
                "mentor_any,1,1,1,0.206549314377238,1" + NO_ORDINARY);
        assertCsv(metrics.resolve(BalanceTable.FILE_NAME), "covariate,smd_before,smd_after");
    }

    @Test
    void aRelevantJobBeforeTheIndexDateExcludesFromTheComparisonButNotFromTimeToJob() throws Exception {
        // Intro 2018-01-01, index 2019-01-01; relevant jobs 2018-12-31 and 2019-02-01 (t = 31).
        MetricTables tables = run(new SnapshotFixture().participant("P", "female", 3)
                .intro("P", "2018-01-01", "2020-01-01", null, null)
                .outcome("P", "2018-12-31", "relevant_job", 100, "ordinary")
                .outcome("P", "2019-02-01", "relevant_job", 100, "ordinary"));

        assertEquals(List.of(), tables.comparison().rows());
        List<TimeToJobTable.Row> curve = tables.timeToJob().rows();
        assertEquals(1, curve.size());
        assertEquals(new GroupKey(GroupType.ARM, "ordinary"), curve.get(0).group());
        assertEquals(31.0, curve.get(0).step().time());
        assertEquals(1, curve.get(0).step().events());
    }

    @Test
    void personsWhoseFollowUpEndsAfterAsOfAreLeftOut() throws Exception {
        // 2019-09-02 + 365 days = 2020-09-01 (2020 is a leap year): in; 2019-09-03: out.
        // Ordinary: intro 2018-09-02 gives index 2019-09-02 (in), 2018-09-03 (out).
        MetricTables tables = run(new SnapshotFixture()
                .participant("IN", "female", 3).participant("OUT", "female", 3)
                .participant("OIN", "male", 3).participant("OOUT", "male", 3)
                .mentor("IN", "3", "2019-09-02", "2020-09-02", null, null)
                .mentor("OUT", "3", "2019-09-03", "2020-09-03", null, null)
                .intro("OIN", "2018-09-02", "2020-09-02", null, null)
                .intro("OOUT", "2018-09-03", "2020-09-03", null, null)
                .outcome("IN", "2020-09-01", "relevant_job", 100, "ordinary"));

        assertEquals(List.of("mentor_only 1/1", "mentor_any 1/1", "ordinary 0/1"), tables.comparison().rows().stream()
                .map(r -> r.arm().label() + " " + r.job().successes() + "/" + r.job().trials()).toList());
    }

    @Test
    void anOrdinaryPersonWhoseIntroEndedBeforeTheIndexDateStaysIn() throws Exception {
        // Intro 2018-01-10, ended 2018-06-30 (moved); index 2019-01-10; job 2019-03-01 is in
        // [2019-01-10, 2020-01-10].
        MetricTables tables = run(new SnapshotFixture().participant("P", "female", 3)
                .intro("P", "2018-01-10", "2020-01-10", "2018-06-30", "moved")
                .outcome("P", "2019-03-01", "relevant_job", 100, "ordinary"));

        assertEquals(1, tables.comparison().rows().size());
        ComparisonTable.Row ordinary = tables.comparison().rows().get(0);
        assertEquals(ComparisonTable.Arm.ORDINARY, ordinary.arm());
        assertEquals(1, ordinary.job().trials());
        assertEquals(1, ordinary.job().successes());
        assertTrue(ordinary.againstOrdinary().isEmpty());
    }

    private static void assertCell(String expected, String actual, String where) {
        if (expected.isEmpty()) {
            assertEquals("", actual, where);
        } else {
            assertEquals(Double.parseDouble(expected), Double.parseDouble(actual), TOLERANCE, where);
        }
    }

    private static List<String[]> csv(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
    }

    private static String[] golden(String resource) throws IOException {
        try (InputStream in = ComparisonMartTest.class.getResourceAsStream("/r/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
    }
}
