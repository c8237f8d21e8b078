package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import no.retthylle.generator.GenerateJob;
import no.retthylle.generator.GenerateResult;
import no.retthylle.generator.GeneratorSettings;
import no.retthylle.generator.TrueEffect;
import no.retthylle.spark.SparkSessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison against the ordinary programme sees through selection. A generated drop
 * selects trainees on Norwegian level, education and NOKUT approval, which also raise the
 * chance of a relevant job (README, "Synthetic data"), and carries a known effect of the
 * programme on the treated: {@link TrueEffect}, computed by the generator from its outcome
 * model over the trainees of the comparison population, not by the pipeline. After ingest and
 * analyse of that drop, for mentor_any against ordinary:
 * <ul>
 * <li>the naive risk difference overstates the effect: its whole interval lies above it;
 * <li>the covariate-adjusted estimate removes most of that bias: it lies nearer the truth
 *     than the naive one, by at least half the naive bias.
 * </ul>
 * Whether the adjusted interval covers the truth is a statement about large samples, checked
 * at 200,000 persons by the run recorded in {@code bench/README.md} ("Recovering a known
 * effect"); at {@value #PERSONS} persons, which keep this test near a minute, one seed's
 * interval may miss it by chance or by the residual bias noted there.
 */
class EffectRecoveryTest {

    static final int PERSONS = 10_000;
    static final long SEED = 1;
    private static final Map<String, String> MENTOR_ANY = Map.of("arm", "mentor_any");

    @TempDir
    static Path dir;

    private static TrueEffect truth;

    @BeforeAll
    static void generateIngestAndAnalyse() throws Exception {
        SparkSessions.forTests();
        GenerateResult generated = GenerateJob.run(
                new GeneratorSettings(PERSONS, SEED, GeneratorSettings.DEFAULT_EXTRACT_DATE), dir.resolve("drop"));
        truth = generated.trueEffect();
        Path warehouse = dir.resolve("warehouse");
        assertEquals(0, Main.execute("ingest", "--input", generated.drop().toString(), "--warehouse", warehouse.toString()));
        assertEquals(0, Main.execute("analyse", "--warehouse", warehouse.toString(), "--out", dir.toString()));
    }

    @Test
    void theNaiveRiskDifferenceOverstatesTheTrueEffect() throws IOException {
        String naive = estimate("rd", "rd_low", "rd_high");
        assertTrue(value("rd_low") > truth.riskDifference(),
                () -> "the naive " + naive + " should lie wholly above the true effect " + truth.riskDifference());
    }

    @Test
    void theAdjustedEstimateRemovesMostOfTheSelectionBias() throws IOException {
        double naiveBias = value("rd") - truth.riskDifference();
        double adjustedError = Math.abs(value("rd_adj") - truth.riskDifference());
        String adjusted = estimate("rd_adj", "rd_adj_low", "rd_adj_high");
        assertTrue(adjustedError <= naiveBias / 2, () -> "the adjusted " + adjusted + " should be nearer the true effect "
                + truth.riskDifference() + " than half the naive bias " + naiveBias);
    }

    /** "COLUMN VALUE [LOW, HIGH]", for a failure message. */
    private static String estimate(String column, String low, String high) throws IOException {
        return column + " " + value(column) + " [" + value(low) + ", " + value(high) + "]";
    }

    private static double value(String column) throws IOException {
        return Double.parseDouble(MetricCsv.cell(dir.resolve("metrics"), "comparison", MENTOR_ANY, column));
    }
}
