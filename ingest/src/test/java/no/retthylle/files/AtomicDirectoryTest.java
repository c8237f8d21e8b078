package no.retthylle.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicDirectoryTest {

    /** The entries' names, sorted, without the lock files that stay beside each target. */
    private static List<String> names(Stream<Path> entries) {
        return entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
    }

    @TempDir
    Path tmp;

    @Test
    void successfulWriteReplacesTheWholeDirectory() throws Exception {
        Path target = tmp.resolve("report");
        AtomicDirectory.replace(target, dir -> Files.writeString(dir.resolve("a.txt"), "first"));
        AtomicDirectory.replace(target, dir -> Files.writeString(dir.resolve("b.txt"), "second"));
        assertEquals("second", Files.readString(target.resolve("b.txt")));
        assertEquals(false, Files.exists(target.resolve("a.txt")));
        try (var entries = Files.list(tmp)) {
            assertEquals(List.of("report"), names(entries), "no temporary siblings are left, only the lock file");
        }
    }

    @Test
    void failedWriteLeavesTheEarlierContentWhole() throws Exception {
        Path target = tmp.resolve("metrics");
        AtomicDirectory.replace(target, dir -> Files.writeString(dir.resolve("a.csv"), "kept"));
        assertThrows(IOException.class, () -> AtomicDirectory.replace(target, dir -> {
            Files.writeString(dir.resolve("a.csv"), "half-written");
            throw new IOException("disk full");
        }));
        assertEquals("kept", Files.readString(target.resolve("a.csv")));
        try (var entries = Files.list(tmp)) {
            assertEquals(List.of("metrics"), names(entries));
        }
    }

    @Test
    void recoverRestoresTheOldDirectoryAfterACrashBetweenRenames() throws Exception {
        Path target = tmp.resolve("report");
        Path old = tmp.resolve(".report.old-123");
        Files.createDirectories(old);
        Files.writeString(old.resolve("a.txt"), "previous");
        Files.createDirectories(tmp.resolve(".report.tmp-456"));
        AtomicDirectory.recover(target);
        assertEquals("previous", Files.readString(target.resolve("a.txt")));
        try (var entries = Files.list(tmp)) {
            assertEquals(1, entries.count());
        }
    }

    @Test
    void aSecondRunCannotReplaceTheTargetWhileTheFirstIsWritingIt() throws Exception {
        Path target = tmp.resolve("report");
        AtomicDirectory.replace(target, dir -> {
            Files.writeString(dir.resolve("a.txt"), "first");
            assertThrows(FolderLock.FolderInUseException.class,
                    () -> AtomicDirectory.replace(target, other -> Files.writeString(other.resolve("b.txt"), "x")));
        });
        assertEquals("first", Files.readString(target.resolve("a.txt")));
        assertEquals(false, Files.exists(target.resolve("b.txt")));
    }

    @Test
    void leftOversOfAKilledRunAreRemovedByTheNextReplace() throws Exception {
        Path target = tmp.resolve("metrics");
        Files.createDirectories(tmp.resolve(".metrics.tmp-killed"));
        AtomicDirectory.replace(target, dir -> Files.writeString(dir.resolve("a.csv"), "new"));
        try (var entries = Files.list(tmp)) {
            assertEquals(List.of("metrics"), names(entries));
        }
    }
}
