package no.retthylle.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void evenCountTakesTheMeanOfTheTwoMiddleValues() {
        // 1 2 4 10 -> (2 + 4) / 2, as R median(c(1, 2, 4, 10))
        assertEquals(3.0, Median.ofCounts(Map.of(10L, 1L, 1L, 1L, 4L, 1L, 2L, 1L)), 0);
        // 20 30 -> 25
        assertEquals(25.0, Median.ofCounts(Map.of(30L, 1L, 20L, 1L)), 0);
    }

    @Test
    void oddCountTakesTheMiddleValueCountingRepeats() {
        // 1 5 5 -> 5
        assertEquals(5.0, Median.ofCounts(Map.of(5L, 2L, 1L, 1L)), 0);
        // 7 7 7 7 9 9 9 -> the 4th of 7 = 7
        assertEquals(7.0, Median.ofCounts(Map.of(9L, 3L, 7L, 4L)), 0);
    }

    @Test
    void middlePairMaySpanTwoValues() {
        // 2 2 8 8 -> (2 + 8) / 2
        assertEquals(5.0, Median.ofCounts(Map.of(2L, 2L, 8L, 2L)), 0);
    }

    @Test
    void noValuesGiveNaNAndZeroCountsAreNoValues() {
        assertTrue(Double.isNaN(Median.ofCounts(Map.of())));
        assertTrue(Double.isNaN(Median.ofCounts(Map.of(4L, 0L))));
        assertEquals(3.0, Median.ofCounts(Map.of(7L, 0L, 3L, 1L)), 0);
    }

    @Test
    void negativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Median.ofCounts(Map.of(1L, -1L)));
    }
}
