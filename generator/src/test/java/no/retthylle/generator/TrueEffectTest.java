package no.retthylle.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrueEffectTest {

    private static final double EPS = 1e-6;

    @Test
    void baselineOfAMaleMasterWithB1AndARecognisedDegreeArrivingAt30() {
        // b = -4.0 + 0.35*5 (master) + 0.35*3 (B1) + 0.6 (nokut yes) + 0 (male) - 0.3*(30-30)/10 = -0.6
        Covariates c = new Covariates(0, "male", 1986, LocalDate.of(2016, 5, 1), 5, "pharmacy", "yes", 3,
                true, true, true);
        assertEquals(-0.6, OutcomeModel.baseline(c), EPS);
    }

    @Test
    void baselineOfAWomanWithoutRecognitionArrivingAt50() {
        // b = -4.0 + 0.35*4 (bachelor) + 0.35*2 (A2) + 0 (nokut pending) - 0.2 (female) - 0.3*(50-30)/10 = -2.7
        Covariates c = new Covariates(0, "female", 1968, LocalDate.of(2018, 1, 10), 4, "law", "pending", 2,
                true, true, true);
        assertEquals(-2.7, OutcomeModel.baseline(c), EPS);
    }

    @Test
    void riskDifferenceOfOneTraineeWithoutInternship() {
        // expit(-0.6 + 0.8) - expit(-0.6) = 1/(1+e^-0.2) - 1/(1+e^0.6) = 0.549834 - 0.354344 = 0.195490
        assertEquals(0.195490, TrueEffect.riskDifference(-0.6, false), EPS);
    }

    @Test
    void riskDifferenceOfOneTraineeWithInternship() {
        // expit(-0.6 + 0.8 + 0.6) - expit(-0.6) = 0.689974 - 0.354344 = 0.335630
        assertEquals(0.335630, TrueEffect.riskDifference(-0.6, true), EPS);
    }

    @Test
    void accumulatorAveragesTheRisksOfTheTrainees() {
        // Two trainees: (b = -0.6, no internship) and (b = -0.6, internship).
        // mean p1 = (0.549834 + 0.689974) / 2 = 0.619904; mean p0 = 0.354344; RD = 0.265560
        TrueEffect.Accumulator sums = new TrueEffect.Accumulator();
        sums.add(-0.6, false);
        sums.add(-0.6, true);
        TrueEffect effect = sums.result();
        assertEquals(2, effect.n());
        assertEquals(0.619904, effect.meanRiskTreated(), EPS);
        assertEquals(0.354344, effect.meanRiskUntreated(), EPS);
        assertEquals(0.265560, effect.riskDifference(), EPS);
    }

    @Test
    void noTraineesGiveNaN() {
        assertTrue(Double.isNaN(new TrueEffect.Accumulator().result().riskDifference()));
    }
}
