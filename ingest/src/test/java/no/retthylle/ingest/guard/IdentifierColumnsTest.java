package no.retthylle.ingest.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierColumnsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fnr", "FNR", "fodselsnummer", "F\u00F8dselsnummer", "personnummer", "ssn", "name",
        "Navn", "fornavn", "etternavn", "email", "e-post", "E_post", "epost", "phone", "telefon", "mobil",
        "address", "adresse", " navn ", "mentor_name", "phone number", "epost_adresse", "person.fnr"})
    void identifierNamesAreRecognised(String name) {
        assertTrue(IdentifierColumns.isIdentifier(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"person_id", "municipality", "mentor_id", "host_org_id", "education_field",
        "nokut_approved", "notes", "referat", "namespace", "telefonkatalog_id", ""})
    void otherNamesAreNot(String name) {
        assertFalse(IdentifierColumns.isIdentifier(name));
    }
}
