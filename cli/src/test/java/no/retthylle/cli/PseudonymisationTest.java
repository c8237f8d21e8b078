package no.retthylle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import no.retthylle.spark.SparkSessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --pseudonymise KEYFILE} on {@link CraftedDrop}, whose first five persons of cohort C
 * have national ID numbers as person_id: the key is checked and never shown, and the
 * pseudonyms depend on the input and the key only.
 */
class PseudonymisationTest {

    @TempDir
    static Path tmp;
    static Path drop;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void writeTheDrop() throws Exception {
        SparkSessions.forTests();
        drop = CraftedDrop.write(tmp.resolve("drop"));
    }

    @Test
    void aKeyShorterThan32BytesIsRefusedWithExitTwoAndNotShown() throws Exception {
        Path key = Keys.write(tmp, "short", Keys.SHORT_KEY);
        Path warehouse = tmp.resolve("wh-short");

        int code = run("ingest", "--input", drop.toString(), "--warehouse", warehouse.toString(),
                "--pseudonymise", key.toString());

        assertEquals(2, code);
        assertTrue(err.toString().contains("32 bytes"), err.toString());
        assertFalse((out + err.toString()).contains(Keys.SHORT_KEY), "the key is not shown");
        assertFalse(Files.exists(warehouse.resolve("CURRENT")));
    }

    @Test
    void theSameKeyGivesTheSamePseudonymsAndAnotherKeyOthers() throws Exception {
        Path key1 = Keys.write(tmp, "one", Keys.KEY_1);
        Path key2 = Keys.write(tmp, "two", Keys.KEY_2);

        assertEquals(0, run("ingest", "--input", drop.toString(), "--warehouse", tmp.resolve("a").toString(),
                "--pseudonymise", key1.toString()), err.toString());
        assertEquals(0, run("ingest", "--input", drop.toString(), "--warehouse", tmp.resolve("b").toString(),
                "--pseudonymise", key1.toString()), err.toString());
        assertEquals(0, run("ingest", "--input", drop.toString(), "--warehouse", tmp.resolve("c").toString(),
                "--pseudonymise", key2.toString()), err.toString());

        Set<String> first = Keys.pseudonyms(tmp.resolve("a"));
        assertEquals(5, first.size(), "the five national IDs of CraftedDrop became pseudonyms");
        assertEquals(first, Keys.pseudonyms(tmp.resolve("b")));
        Set<String> other = Keys.pseudonyms(tmp.resolve("c"));
        assertEquals(5, other.size());
        Set<String> common = new TreeSet<>(first);
        common.retainAll(other);
        assertEquals(Set.of(), common, "another key gives other pseudonyms");
        // the 15 person_ids that were not national IDs are kept as they are
        Set<String> kept = Keys.personIds(tmp.resolve("a"));
        kept.removeAll(first);
        assertEquals(15, kept.size());
        assertNotEquals(Keys.personIds(tmp.resolve("a")), Keys.personIds(tmp.resolve("c")));
        for (String id : CraftedDrop.nationalIds()) {
            assertFalse(Keys.personIds(tmp.resolve("a")).contains(id));
        }
        String printed = out + err.toString();
        assertFalse(printed.contains(Keys.KEY_1) || printed.contains(Keys.KEY_2), "no key printed: " + printed);
        assertTrue(out.toString().contains("national identity numbers replaced by pseudonyms"), out.toString());
    }

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
