package no.retthylle.ingest.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

    // 35 bytes each.
    private static final byte[] KEY = "retthylle-test-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "another-test-key-0123456789abcdefgh".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pseudonymIsTheFirst32HexCharactersOfHmacSha256() {
        // printf '01010112377' | openssl dgst -sha256 -hmac 'retthylle-test-key-0123456789abcdef'
        //   SHA2-256(stdin)= dbc093c7dbc4c36ec0213396de4b33cfa0f1995063b9329377b4b1cbef3c8564
        assertEquals("dbc093c7dbc4c36ec0213396de4b33cf", new Pseudonymiser(KEY).pseudonym("01010112377"));
    }

    @Test
    void sameKeyGivesTheSamePseudonym() {
        assertEquals(new Pseudonymiser(KEY).pseudonym("01010112377"),
                new Pseudonymiser(KEY.clone()).pseudonym("01010112377"));
    }

    @Test
    void differentKeyGivesADifferentPseudonym() {
        // printf '01010112377' | openssl dgst -sha256 -hmac 'another-test-key-0123456789abcdefgh'
        //   SHA2-256(stdin)= c35f24bfa0083595eba2828ab87c6348f4fa5926a621d8b784b7bcc92a92a537
        String other = new Pseudonymiser(OTHER_KEY).pseudonym("01010112377");
        assertEquals("c35f24bfa0083595eba2828ab87c6348", other);
        assertNotEquals(new Pseudonymiser(KEY).pseudonym("01010112377"), other);
    }

    @Test
    void keyShorterThan32BytesIsRefusedWithoutShowingIt() {
        byte[] shortKey = "only-31-bytes-long-secret-key!!".getBytes(StandardCharsets.US_ASCII);
        assertEquals(31, shortKey.length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pseudonymiser(shortKey));
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void keyOfExactly32BytesIsAccepted() {
        new Pseudonymiser(new byte[32]);
    }
}
