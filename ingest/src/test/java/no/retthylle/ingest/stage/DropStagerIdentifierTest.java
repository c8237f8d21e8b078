package no.retthylle.ingest.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identifier guard inside a drop. 01010112377 passes the mod-11 check (arithmetic in
 * NationalIdNumberTest).
 */
class DropStagerIdentifierTest {

    private static final String KEY = "retthylle-test-key-0123456789abcdef"; // 35 bytes
    // printf '01010112377' | openssl dgst -sha256 -hmac 'retthylle-test-key-0123456789abcdef'
    //   = dbc093c7dbc4c36ec0213396de4b33cfa0f1995063b9329377b4b1cbef3c8564
    private static final String PSEUDONYM = "dbc093c7dbc4c36ec0213396de4b33cf";

    @TempDir
    Path tmp;
    Path drop;
    Path staging;

    @BeforeEach
    void writeValidDrop() throws Exception {
        drop = TestDrop.write(tmp.resolve("drop"));
        staging = tmp.resolve("staging");
    }

    private StagedDrop stage() throws DropException {
        return new DropStager(IngestOptions.defaults()).stage(drop, staging);
    }

    private StagedDrop stageWithKey(String key) throws Exception {
        Path keyFile = tmp.resolve("key");
        Files.writeString(keyFile, key, StandardCharsets.US_ASCII);
        return new DropStager(new IngestOptions(Optional.empty(), Optional.of(keyFile))).stage(drop, staging);
    }

    private void replaceInFile(String file, String from, String to) throws Exception {
        Files.writeString(drop.resolve(file), Files.readString(drop.resolve(file)).replace(from, to));
    }

    @Test
    void nationalIdInACellStopsNamingFileLineAndColumnWithoutTheNumber() throws Exception {
        replaceInFile("events.csv", "p1,2019-01-10,agreement_signed,,,", "p1,2019-01-10,agreement_signed,,01010112377,");
        DropException e = assertThrows(DropException.class, this::stage);
        assertTrue(e.getMessage().startsWith("events.csv, line 3, column theme: the cell holds what looks like a"
                + " Norwegian national identity number (fødselsnummer or D-number) (***********)"), e.getMessage());
        assertFalse(e.getMessage().matches("(?s).*\\d{5}.*"));
        assertFalse(Files.exists(staging), "nothing is written");
    }

    @Test
    void nationalIdAsPersonIdStopsWithoutAKeyAndSuggestsPseudonymisation() throws Exception {
        replaceInFile("participants.csv", "p2;301", "01010112377;301");
        DropException e = assertThrows(DropException.class, this::stage);
        assertTrue(e.getMessage().startsWith("participants.csv, line 3, column person_id:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("or run with --pseudonymise KEYFILE to replace them by pseudonyms"));
        assertFalse(e.getMessage().contains("12377"));
    }

    @Test
    void identifierInAnIgnoredColumnStops() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), "person_id,goal_id,dimension,set_date,status,contact\n"
                + "p1,g1,network,2019-01-10,open,kari@example.no\n");
        DropException e = assertThrows(DropException.class, this::stage);
        assertTrue(e.getMessage().startsWith("goals.csv, line 2, column contact: the cell holds what looks like"
                + " an e-mail address (***************)"), e.getMessage());
    }

    @Test
    void phoneNumberInAFreeTextColumnStops() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), "person_id,goal_id,dimension,set_date,status,notes\n"
                + "p1,g1,network,2019-01-10,open,ring mentor på 912 34 567\n");
        DropException e = assertThrows(DropException.class, this::stage);
        assertTrue(e.getMessage().startsWith("goals.csv, line 2, column notes: the cell holds what looks like"
                + " a Norwegian phone number"), e.getMessage());
        assertFalse(e.getMessage().contains("912"));
    }

    @Test
    void identifierInACellBeyondTheHeaderStops() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), "person_id,goal_id,dimension,set_date,status\n"
                + "p1,g1,network,2019-01-10,open,,91234567\n");
        DropException e = assertThrows(DropException.class, this::stage);
        assertTrue(e.getMessage().startsWith("goals.csv, line 2, column number 7:"), e.getMessage());
    }

    @Test
    void identifierNamedColumnStops() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), "person_id,Navn,goal_id,dimension,set_date,status\n");
        DropException e = assertThrows(DropException.class, this::stage);
        assertTrue(e.getMessage().startsWith("goals.csv, line 1, column Navn: the column is named like a direct"
                + " identifier"), e.getMessage());
    }

    @Test
    void identifierInTheHeaderStops() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), "person_id,goal_id,dimension,set_date,status,01010112377\n");
        DropException e = assertThrows(DropException.class, this::stage);
        assertEquals("goals.csv, line 1, column number 6: the header holds what looks like a Norwegian national"
                + " identity number (fødselsnummer or D-number) (***********); remove it from the export",
                e.getMessage());
    }

    @Test
    void pseudonymisationReplacesNationalIdsConsistentlyAcrossFiles() throws Exception {
        replaceInFile("participants.csv", "p2;301", "01010112377;301");
        replaceInFile("enrolments.csv", "p2,internship", "01010112377,internship");
        StagedDrop staged = stageWithKey(KEY);
        String participants = Files.readString(staging.resolve("participants.csv"));
        String enrolments = Files.readString(staging.resolve("enrolments.csv"));
        assertTrue(participants.contains("\n3," + PSEUDONYM + ",0301,"), participants);
        assertTrue(enrolments.contains("\n4," + PSEUDONYM + ",internship,"), enrolments);
        assertFalse((participants + enrolments).contains("12377"));
        assertEquals(List.of(
                "participants.csv: person_id: 1 national identity numbers replaced by pseudonyms",
                "enrolments.csv: person_id: 1 national identity numbers replaced by pseudonyms"), staged.warnings());
    }

    @Test
    void pseudonymisationDropsIdentifierColumnsWithAWarning() throws Exception {
        Files.writeString(drop.resolve("goals.csv"), "person_id,goal_id,dimension,set_date,status,E-post\n"
                + "p1,g1,network,2019-01-10,open,kari@example.no\n");
        StagedDrop staged = stageWithKey(KEY);
        assertEquals(List.of("goals.csv: column 'E-post' looks like a direct identifier; dropped"), staged.warnings());
        assertFalse(Files.readString(staging.resolve("goals.csv")).contains("example"));
    }

    @Test
    void pseudonymisationStillStopsOnAnIdentifierElsewhere() throws Exception {
        replaceInFile("enrolments.csv", "p1,mentor,2019-2,", "p1,mentor,01010112377,");
        DropException e = assertThrows(DropException.class, () -> stageWithKey(KEY));
        assertTrue(e.getMessage().startsWith("enrolments.csv, line 3, column cohort:"), e.getMessage());
    }

    @Test
    void keyShorterThan32BytesIsRefusedWithoutShowingIt() {
        String shortKey = "only-31-bytes-long-secret-key!!";
        DropException e = assertThrows(DropException.class, () -> stageWithKey(shortKey));
        assertTrue(e.getMessage().endsWith("the pseudonymisation key must be at least 32 bytes long"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"));
    }
}
