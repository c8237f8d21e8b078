package no.retthylle.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateJobTest {

    private static final LocalDate EXTRACT = LocalDate.of(2024, 9, 1);

    @TempDir
    Path tmp;

    private List<String> files() {
        List<String> names = new ArrayList<>(RecordTypes.ALL.stream().map(t -> t.name() + ".csv").toList());
        names.add(GenerateJob.PROPERTIES);
        return names;
    }

    @Test
    void sameSeedGivesIdenticalBytesInEveryFile() throws Exception {
        GenerateJob.run(new GeneratorSettings(800, 42, EXTRACT), tmp.resolve("a"));
        GenerateJob.run(new GeneratorSettings(800, 42, EXTRACT), tmp.resolve("b"));
        for (String file : files()) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void differentSeedGivesDifferentPersons() throws Exception {
        GenerateJob.run(new GeneratorSettings(800, 42, EXTRACT), tmp.resolve("a"));
        GenerateJob.run(new GeneratorSettings(800, 43, EXTRACT), tmp.resolve("b"));
        assertFalse(Arrays.equals(Files.readAllBytes(tmp.resolve("a").resolve("participants.csv")),
                Files.readAllBytes(tmp.resolve("b").resolve("participants.csv"))));
    }

    @Test
    void aPersonDoesNotDependOnHowManyAreGenerated() throws Exception {
        // Person i draws from its own stream: the first 300 of a 300-person drop are the first
        // 300 participants rows of an 800-person drop with the same seed.
        GenerateJob.run(new GeneratorSettings(300, 7, EXTRACT), tmp.resolve("small"));
        GenerateJob.run(new GeneratorSettings(800, 7, EXTRACT), tmp.resolve("large"));
        List<String> small = Files.readAllLines(tmp.resolve("small").resolve("participants.csv"));
        List<String> large = Files.readAllLines(tmp.resolve("large").resolve("participants.csv"));
        assertEquals(301, small.size());
        assertEquals(small, large.subList(0, 301));
    }

    @Test
    void propertiesSaySyntheticAndNameSeedAndPersons() throws Exception {
        GenerateJob.run(new GeneratorSettings(250, 9, EXTRACT), tmp.resolve("d"));
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(tmp.resolve("d").resolve(GenerateJob.PROPERTIES))) {
            p.load(in);
        }
        assertEquals("2024-09-01", p.getProperty("extract_date"));
        String source = p.getProperty("source");
        assertTrue(source.contains("SYNTHETIC") && source.contains("seed 9") && source.contains("250 persons"), source);
    }

    @Test
    void personIdsArePseudonymsWithALetter() throws Exception {
        GenerateJob.run(new GeneratorSettings(120, 1, EXTRACT), tmp.resolve("d"));
        var rows = DropTable.read(tmp.resolve("d"), Participants.TYPE);
        assertEquals(120, rows.size());
        assertEquals("P0000001", rows.get(0).get(Participants.PERSON_ID));
        assertEquals("P0000120", rows.get(119).get(Participants.PERSON_ID));
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertThrows(IllegalArgumentException.class,
                () -> GenerateJob.run(new GeneratorSettings(10, 1, EXTRACT), out));
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void settingsRefuseNoPersonsAndTooEarlyExtracts() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(0, 1, EXTRACT));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(10_000_000, 1, EXTRACT));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(10, 1, LocalDate.of(2015, 12, 31)));
    }
}
