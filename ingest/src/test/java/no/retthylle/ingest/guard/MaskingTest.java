package no.retthylle.ingest.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01010112377|***********",
        "123456|******",
        "id 9876543|**********",
        "x@y.no|******",
        "12345|12345",
        "bogus|bogus",
        "31.02.2020|31.02.2020"})
    void identifyingValuesAreMaskedOthersShown(String value, String shown) {
        assertEquals(shown, Masking.shown(value));
    }

    @ParameterizedTest
    @CsvSource({"150,100", "100,100", "7,7"})
    void longValuesAreCutTo100Characters(int length, int expected) {
        assertEquals(expected, Masking.shown("a".repeat(length)).length());
    }
}
