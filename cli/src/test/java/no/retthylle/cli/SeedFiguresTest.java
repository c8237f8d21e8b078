package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.retthylle.spark.SparkSessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of the metrics spec: {@code run} on {@code data-samples/trondheim-2020}
 * reproduces what the seed report publishes in its section "Resultat" (as of 2020-09-01).
 * Every expected value below is a figure of that report, quoted beside it.
 */
class SeedFiguresTest {

    private static final Path SAMPLE = Path.of("..", "data-samples", "trondheim-2020");

    @TempDir
    static Path out;

    @BeforeAll
    static void runThePipelineOnTheSample() {
        SparkSessions.forTests();
        assertEquals(0, Main.execute("run", "--input", SAMPLE.toString(), "--out", out.toString()));
    }

    @Test
    void fifteenTraineesElevenWomenFourMen() throws IOException {
        // "1., 2., og 3. pulje består av totalt femten trainees hvorav elleve er kvinner og fire er menn."
        assertEquals("15", cell("completion", Map.of("group_type", "all", "group", "all"), "n_enrolled"));
        assertEquals("11", cell("completion", Map.of("group_type", "gender", "group", "female"), "n_enrolled"));
        assertEquals("4", cell("completion", Map.of("group_type", "gender", "group", "male"), "n_enrolled"));
    }

    @Test
    void sevenOfTheTenInCohortsOneAndTwoCompletedOnNormalTime() throws IOException {
        // "Syv av de ti fra mentorprogrammets 1. og 2. pulje fullførte på normert tid."
        Map<String, String> all = Map.of("group_type", "all", "group", "all");
        assertEquals("10", cell("completion", all, "n_matured"));
        assertEquals("7", cell("completion", all, "completed_on_time"));
        assertEquals(7.0 / 10, Double.parseDouble(cell("completion", all, "rate_on_time")), 1e-12);
    }

    @Test
    void twoWentOnParentalLeave() throws IOException {
        // "To trainees fra 1. og 2. pulje gikk ut i fødselspermisjon"
        assertEquals("2", cell("completion", Map.of("group_type", "all", "group", "all"), "paused"));
    }

    @Test
    void fiveOfTheSevenGotARelevantJobOffer() throws IOException {
        // "Av de syv fikk fem tilbud om fagrelevant jobb"
        Map<String, String> row = Map.of("group_type", "all", "group", "all", "measure", "job_by_end");
        assertEquals("7", cell("job_attachment", row, "n"));
        assertEquals("5", cell("job_attachment", row, "n_job"));
    }

    @Test
    void cohortThreeHalfwayHasTwoOfFiveInRelevantWork() throws IOException {
        // "3. pulje har ... kommet halvveis ut i sitt løp og to av fem har nå oppnådd fagrelevant arbeidstilknytning."
        Map<String, String> row = Map.of("group_type", "cohort", "group", "3", "measure", "job_to_date");
        assertEquals("5", cell("job_attachment", row, "n"));
        assertEquals("2", cell("job_attachment", row, "n_job"));
    }

    @Test
    void threeFullThreeSubsidisedOnePartial() throws IOException {
        // "tre i 100% fagrelevant jobb ..., tre er tilbudt 100% jobb (subsidiert av lønnstilskudd fra NAV)
        //  mens en er tilbudt 50% stilling og 50% praktisering" : 3 + 3 + 1 = 7 with a job
        Map<String, String> all = Map.of("group_type", "all", "group", "all");
        assertEquals("7", cell("self_sufficiency", all, "n_job"));
        assertEquals("3", cell("self_sufficiency", all, "full"));
        assertEquals("3", cell("self_sufficiency", all, "subsidised"));
        assertEquals("1", cell("self_sufficiency", all, "partial"));
    }

    @Test
    void everyInternshipTraineeGotARelevantJob() throws IOException {
        // "Så langt har samtlige trainees, som har deltatt i pilotutprøving av fagrelevante internships ...
        //  oppnådd målet om fagrelevant jobb."
        Map<String, String> row = Map.of("group_type", "arm", "group", "mentor_internship", "measure", "job_to_date");
        assertEquals(1.0, Double.parseDouble(cell("job_attachment", row, "rate")), 0.0);
    }

    @Test
    void theReportIsWritten() {
        assertEquals(true, Files.isRegularFile(out.resolve("report").resolve("report.html")));
    }

    /** The one cell of a metric table in the row whose columns have the given values. */
    private static String cell(String table, Map<String, String> key, String column) throws IOException {
        return MetricCsv.cell(out.resolve("metrics"), table, key, column);
    }
}
