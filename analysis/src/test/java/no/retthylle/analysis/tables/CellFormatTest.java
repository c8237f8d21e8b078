package no.retthylle.analysis.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellFormatTest {

    @Test
    void ratesAreFractionsWithTwelveSignificantDigitsAndNoTrailingZeros() {
        assertEquals("0.7", CellFormat.fraction(7.0 / 10));
        // 1 / 3 = 0.333333333333|333… -> 12 significant digits
        assertEquals("0.333333333333", CellFormat.fraction(1.0 / 3));
        // 2 / 3 = 0.666666666666|666… -> rounded half up
        assertEquals("0.666666666667", CellFormat.fraction(2.0 / 3));
        // R prop.test(2, 6, correct = FALSE) lower bound 0.0967714111057805 -> 12 digits
        assertEquals("0.0967714111058", CellFormat.fraction(0.0967714111057805));
    }

    @Test
    void wholeRatesHaveNoDecimalPoint() {
        assertEquals("1", CellFormat.fraction(1.0));
        assertEquals("0", CellFormat.fraction(0.0));
    }

    @Test
    void smallRatesAreWrittenWithoutExponent() {
        assertEquals("0.00000125", CellFormat.fraction(1.25e-6));
    }

    @Test
    void undefinedValuesAreEmptyCells() {
        assertEquals("", CellFormat.fraction(Double.NaN));
        assertEquals("", CellFormat.fraction(Double.POSITIVE_INFINITY));
    }

    @Test
    void countsArePlainIntegers() {
        assertEquals("15", CellFormat.count(15));
    }
}
