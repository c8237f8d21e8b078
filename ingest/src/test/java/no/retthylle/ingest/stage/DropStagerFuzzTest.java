package no.retthylle.ingest.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import no.retthylle.files.AtomicDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever happens to the bytes, cells or rows of a valid drop, phase 1 either
 * stages it or stops with a {@link DropException}: no other exception escapes, and a stop
 * leaves no staging folder and no temporary sibling behind. 200 mutated drops from a fixed
 * seed, so a failure is reproducible from its case number.
 */
class DropStagerFuzzTest {

    private static final long SEED = 20200901L;
    private static final int CASES = 200;
    /** Cells that have broken readers before: quotes, delimiters, BOMs, controls, huge numbers, identifiers. */
    private static final String[] NASTY = {"\"", "\"\"", ";", ",", "\uFEFF", "\u0000", "\r", "\n", "\t", "é",
        "99999999999999999999", "-1", "1e309", "NaN", "31.02.2020", "0000-00-00", "01019012480", "a@b.no",
        "+4791234567", "=1+2", "#DIV/0!", " ", "K", "ja", "\\", "\\u00zz", "x".repeat(5000)};

    @TempDir
    Path tmp;

    @Test
    void stagingAMutatedDropEitherSucceedsOrStopsWithADropExceptionAndLeavesNothing() throws IOException {
        Random random = new Random(SEED);
        int stopped = 0;
        for (int i = 0; i < CASES; i++) {
            Path dir = tmp.resolve("case-" + i);
            Path drop = TestDrop.write(dir.resolve("drop"));
            String mutation = mutate(drop, random);
            Path staging = dir.resolve("staging");
            try {
                new DropStager(IngestOptions.defaults()).stage(drop, staging);
                assertTrue(Files.isRegularFile(staging.resolve(StagingCsv.REJECTS_FILE)), "case " + i);
            } catch (DropException e) {
                stopped++;
                assertTrue(!e.getMessage().isBlank(), "case " + i + " has a message");
                assertTrue(!Files.exists(staging), "case " + i + " (" + mutation + ") left a staging folder");
            } catch (RuntimeException e) {
                fail("case " + i + " (" + mutation + ") threw " + e, e);
            }
            try (Stream<Path> entries = Files.list(dir)) {
                assertEquals(List.of(), entries.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith(".")).filter(n -> !n.endsWith(".lock")).toList(),
                        "case " + i + " (" + mutation + ") left temporary folders");
            }
            AtomicDirectory.deleteTree(dir);
        }
        assertTrue(stopped > 0 && stopped < CASES, "the mutations both pass and stop: " + stopped + " stopped");
    }

    /** Applies one random mutation to one random file of the drop; returns what it did. */
    static String mutate(Path drop, Random random) throws IOException {
        List<String> names = new ArrayList<>(TestDrop.FILES.keySet());
        names.add("drop.properties");
        Path file = drop.resolve(names.get(random.nextInt(names.size())));
        byte[] bytes = Files.readAllBytes(file);
        int kind = random.nextInt(6);
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        byte[] changed = switch (kind) {
            case 0 -> flip(bytes, at, random);
            case 1 -> concat(Arrays.copyOf(bytes, at), new byte[] {(byte) random.nextInt(256)},
                    Arrays.copyOfRange(bytes, at, bytes.length));
            case 2 -> Arrays.copyOf(bytes, at);
            case 3 -> replaceCell(bytes, random);
            case 4 -> duplicateOrDropRow(bytes, random);
            default -> concat(Arrays.copyOf(bytes, at), NASTY[random.nextInt(NASTY.length)]
                    .getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(bytes, at, bytes.length));
        };
        Files.write(file, changed);
        return file.getFileName() + " kind " + kind + " at " + at;
    }

    private static byte[] flip(byte[] bytes, int at, Random random) {
        byte[] copy = bytes.clone();
        if (copy.length > 0) {
            copy[at] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] replaceCell(byte[] bytes, Random random) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        int line = random.nextInt(lines.size());
        String[] cells = lines.get(line).split("[,;]", -1);
        cells[random.nextInt(cells.length)] = NASTY[random.nextInt(NASTY.length)];
        lines.set(line, String.join(lines.get(0).contains(";") ? ";" : ",", cells));
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] duplicateOrDropRow(byte[] bytes, Random random) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        int line = random.nextInt(lines.size());
        if (random.nextBoolean()) {
            lines.add(line, lines.get(line));
        } else {
            lines.remove(line);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
