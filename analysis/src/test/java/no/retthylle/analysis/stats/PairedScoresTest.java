package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class PairedScoresTest {

    @Test
    void summaryOfScorePairsMatchesHandSumsAndRWilcoxTest() {
        // the case "scores" of r/wilcox_test.R: 15 pairs of scores 1-5
        String[] golden = RGolden.rows("wilcox_test.csv").stream()
                .filter(row -> row[0].equals("scores")).findFirst().orElseThrow();
        double[] after = Arrays.stream(golden[1].split(" ")).mapToDouble(Double::parseDouble).toArray();
        double[] before = Arrays.stream(golden[2].split(" ")).mapToDouble(Double::parseDouble).toArray();
        PairedScores.Accumulator accumulator = new PairedScores.Accumulator();
        for (int i = 0; i < after.length; i++) {
            accumulator.add(before[i], after[i], 1);
        }

        PairedScores scores = accumulator.result();

        assertEquals(15, scores.pairs());
        // baseline 2+2+4+3+2+1+3+4+3+2+3+3+2+3+1 = 38, final 3+4+4+5+2+3+4+5+3+4+2+5+4+3+4 = 55
        assertEquals(38.0 / 15, scores.meanBaseline(), 1e-12);
        assertEquals(55.0 / 15, scores.meanFinal(), 1e-12);
        assertEquals(17.0 / 15, scores.meanChange(), 1e-12);
        // final > baseline in pairs 1 2 4 6 7 8 10 12 13 15
        assertEquals(10.0 / 15, scores.shareImproved(), 1e-12);
        assertEquals(Double.parseDouble(golden[4]), scores.wilcoxonP(), 1e-12);
    }

    @Test
    void aCountAddsThePairThatManyTimes() {
        // (2,4) twice, (3,3) once, (4,2) no times: pairs (2,4) (2,4) (3,3)
        PairedScores scores = new PairedScores.Accumulator().add(2, 4, 2).add(3, 3, 1).add(4, 2, 0).result();

        assertEquals(3, scores.pairs());
        assertEquals(7.0 / 3, scores.meanBaseline(), 1e-12);
        assertEquals(11.0 / 3, scores.meanFinal(), 1e-12);
        assertEquals(4.0 / 3, scores.meanChange(), 1e-12);
        assertEquals(2.0 / 3, scores.shareImproved(), 1e-12);
        // a zero difference -> normal approximation over d = 2, 2: ranks 1.5, 1.5, V = 3,
        // E = 2*3/4 = 1.5, var = 2*3*5/24 - (2^3 - 2)/48 = 1.125, z = (3 - 1.5 - 0.5) / sqrt(1.125)
        double z = 1 / Math.sqrt(1.125);
        assertEquals(2 * NormalDistribution.of(0, 1).survivalProbability(z), scores.wilcoxonP(), 1e-12);
    }

    @Test
    void noPairsLeaveEverythingUndefinedAndOnePairHasNoPValue() {
        PairedScores none = new PairedScores.Accumulator().result();
        assertEquals(0, none.pairs());
        assertTrue(Double.isNaN(none.meanBaseline()));
        assertTrue(Double.isNaN(none.shareImproved()));
        assertTrue(Double.isNaN(none.wilcoxonP()));

        PairedScores one = new PairedScores.Accumulator().add(1, 5, 1).result();
        assertEquals(4.0, one.meanChange(), 0);
        assertTrue(Double.isNaN(one.wilcoxonP()));
    }
}
