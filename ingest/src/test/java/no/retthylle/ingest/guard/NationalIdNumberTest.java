package no.retthylle.ingest.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected values computed by hand with k1 weights 3 7 6 1 8 9 4 5 2 and k2 weights
 * 5 4 3 2 7 6 5 4 3 2; k = 11 - (sum mod 11), 11 becomes 0, 10 means invalid.
 */
class NationalIdNumberTest {

    /*
     * 01010112377 (born 01.01.01, individual number 123):
     *   k1 sum = 0*3 + 1*7 + 0*6 + 1*1 + 0*8 + 1*9 + 1*4 + 2*5 + 3*2 = 37; 37 mod 11 = 4; k1 = 11 - 4 = 7
     *   k2 sum = 0*5 + 1*4 + 0*3 + 1*2 + 0*7 + 1*6 + 1*5 + 2*4 + 3*3 + 7*2 = 48; 48 mod 11 = 4; k2 = 7
     * 15057540130:
     *   k1 sum = 1*3 + 5*7 + 0*6 + 5*1 + 7*8 + 5*9 + 4*4 + 0*5 + 1*2 = 162; 162 mod 11 = 8; k1 = 3
     *   k2 sum = 1*5 + 5*4 + 0*3 + 5*2 + 7*7 + 5*6 + 4*5 + 0*4 + 1*3 + 3*2 = 143; 143 mod 11 = 0; 11 -> k2 = 0
     * 41018532113 (a D-number: day 01 + 40):
     *   k1 sum = 4*3 + 1*7 + 0*6 + 1*1 + 8*8 + 5*9 + 3*4 + 2*5 + 1*2 = 153; 153 mod 11 = 10; k1 = 1
     *   k2 sum = 4*5 + 1*4 + 0*3 + 1*2 + 8*7 + 5*6 + 3*5 + 2*4 + 1*3 + 1*2 = 140; 140 mod 11 = 8; k2 = 3
     * 31129910065:
     *   k1 sum = 3*3 + 1*7 + 1*6 + 2*1 + 9*8 + 9*9 + 1*4 + 0*5 + 0*2 = 181; 181 mod 11 = 5; k1 = 6
     *   k2 sum = 3*5 + 1*4 + 1*3 + 2*2 + 9*7 + 9*6 + 1*5 + 0*4 + 0*3 + 6*2 = 160; 160 mod 11 = 6; k2 = 5
     */
    @ParameterizedTest
    @ValueSource(strings = {"01010112377", "15057540130", "41018532113", "31129910065"})
    void handComputedNumbersPass(String number) {
        assertTrue(NationalIdNumber.hasValidCheckDigits(number));
    }

    /*
     * Each is a valid number above with one digit changed:
     *   01010112378, 01010112367, 15057540131, 41018532114: a check digit changed;
     *   01010212377: d6 1 -> 2 adds 1*9, k1 sum = 46, 46 mod 11 = 2, k1 = 9, not 7.
     * 01010112345, often quoted as a test number, fails: its k1 must be 7 (above), not 4.
     */
    @ParameterizedTest
    @ValueSource(strings = {"01010112378", "01010112367", "01010212377", "15057540131", "41018532114",
        "01010112345"})
    void numbersWithOneDigitChangedFail(String number) {
        assertFalse(NationalIdNumber.hasValidCheckDigits(number));
    }

    /*
     * 010101101..: k1 sum = 0*3 + 1*7 + 0*6 + 1*1 + 0*8 + 1*9 + 1*4 + 0*5 + 1*2 = 23; 23 mod 11 = 1;
     *   k1 = 10, which is no digit: no number starting 010101101 passes.
     * 01010112400: k1 sum = 0*3 + 1*7 + 0*6 + 1*1 + 0*8 + 1*9 + 1*4 + 2*5 + 4*2 = 39; 39 mod 11 = 6;
     *   k1 = 5, not 0.
     */
    @ParameterizedTest
    @ValueSource(strings = {"01010110100", "01010110109", "01010112400"})
    void numbersWithoutAPossibleCheckDigitFail(String number) {
        assertFalse(NationalIdNumber.hasValidCheckDigits(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0101011237", "010101123777", "0101011237a", "01010 12377"})
    void onlyElevenDigitsCanPass(String text) {
        assertFalse(NationalIdNumber.hasValidCheckDigits(text));
    }
}
