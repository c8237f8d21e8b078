package no.retthylle.ingest.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 01010112377 and 15057540130 pass the mod-11 check (arithmetic in NationalIdNumberTest). */
class IdentifierDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01010112377|NATIONAL_ID",
        "010101 12377|NATIONAL_ID",
        "called about 15057540130 yesterday|NATIONAL_ID",
        "1010112377|NATIONAL_ID",
        "ola.nordmann@example.no|EMAIL",
        "mail: kari+x@kommune.example.com|EMAIL",
        "91234567|PHONE",
        "912 34 567|PHONE",
        "+47 912 34 567|PHONE",
        "0047 91234567|PHONE",
        "22 22 22 22|PHONE",
        "ring 41234567 i dag|PHONE",
        // the fewest digits or the one @ each pattern needs (find skips a pattern without them)
        "2 3 4 5 6 7 8 9|PHONE",
        "a@b.no|EMAIL",
        "+4791234567|PHONE"})
    void findsIdentifiers(String cell, IdentifierKind expected) {
        assertEquals(Optional.of(expected), IdentifierDetector.find(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "p-001", "5001", "0301", "2020-09-01", "01.09.2020", "12345678", "1234567",
        "123456789", "01010112378", "2019-2", "B1", "Troms\u00F8", "a@b", "912345678"})
    void ordinaryValuesAreNotIdentifiers(String cell) {
        assertEquals(Optional.empty(), IdentifierDetector.find(cell));
    }

    @Test
    void nationalIdOfAWholeCellIsItsElevenDigitForm() {
        assertEquals(Optional.of("01010112377"), IdentifierDetector.nationalId("01010112377"));
        assertEquals(Optional.of("01010112377"), IdentifierDetector.nationalId("1010112377"));
        assertEquals(Optional.empty(), IdentifierDetector.nationalId("id 01010112377"));
    }

    @Test
    void aTenMegabyteCellIsScannedInLinearTime() {
        // with a backtracking e-mail pattern this took hours (quadratic in the cell length)
        String cell = "x".repeat(10 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals(Optional.empty(),
                IdentifierDetector.find(cell)));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals(Optional.of(IdentifierKind.EMAIL),
                IdentifierDetector.find(cell + " kari@example.no")));
    }
}
