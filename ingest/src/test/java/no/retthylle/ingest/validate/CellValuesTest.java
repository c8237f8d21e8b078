package no.retthylle.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest
    @CsvSource({"2020-09-01,2020-09-01", "01.09.2020,2020-09-01", "29.02.2020,2020-02-29", "2019-12-31,2019-12-31"})
    void datesInEitherFormatAreRead(String text, String iso) {
        assertEquals(Optional.of(LocalDate.parse(iso)), CellValues.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2020", "29.02.2019", "2020-02-30", "2020-13-01", "1.9.2020", "2020-9-1",
        "01/09/2020", "20200901", "01.09.20", "2020-09-01T00:00", "x"})
    void impossibleOrOtherlyWrittenDatesAreInvalid(String text) {
        assertEquals(Optional.empty(), CellValues.date(text));
    }

    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "yes,true", "Ja,true", "1,true", "false,false", "No,false",
        "nei,false", "0,false"})
    void booleansInEveryAcceptedSpelling(String text, boolean expected) {
        assertEquals(Optional.of(expected), CellValues.bool(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"y", "n", "2", "sant", "x"})
    void otherBooleanSpellingsAreInvalid(String text) {
        assertEquals(Optional.empty(), CellValues.bool(text));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "12,12", "-3,-3", "100,100"})
    void wholeNumbersAreRead(String text, int expected) {
        assertEquals(Optional.of(expected), CellValues.integer(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1,5", "+1", "1e3", "12 3", "ten", "1234567890"})
    void otherNumbersAreInvalid(String text) {
        assertEquals(Optional.empty(), CellValues.integer(text));
    }
}
