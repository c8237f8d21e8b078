package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CovariatePatternsTest {

    @Test
    void cellsWithEqualCovariatesFormOneBinomialRowWhateverTheirArmOrOutcome() {
        // arm: x = 1 with a job (2 persons), x = 1 without (1), x = 2 with (1);
        // ordinary: x = 2 without (3), x = 3 with (1).
        // Patterns in order of first appearance: x = 1, 2, 3.
        // The arm's persons per pattern (events): 2 + 1 = 3, 1, 0; all persons (trials): 3, 1 + 3 = 4, 1.
        Cells arm = Cells.of(new double[][] {{1}, {1}, {2}}, new int[] {1, 0, 1}, new int[] {2, 1, 1});
        Cells ordinary = Cells.of(new double[][] {{2}, {3}}, new int[] {0, 1}, new int[] {3, 1});
        CovariatePatterns patterns = CovariatePatterns.of(arm, ordinary);
        assertEquals(3, patterns.patterns());
        assertArrayEquals(new double[][] {{1, 2, 3}}, patterns.columns());
        assertArrayEquals(new double[] {3, 1, 0}, patterns.armPersons(arm));
        assertArrayEquals(new double[] {3, 4, 1}, patterns.allPersons(arm, ordinary));
        assertEquals(1, patterns.ofOrdinaryCell(0));
        assertEquals(2, patterns.ofOrdinaryCell(1));
    }
}
