package no.retthylle.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Replaces a directory as a whole, or not at all.
 *
 * <p>The new content is written into a fresh sibling {@code .NAME.tmp-*}. Only when the
 * writer returns normally is the old directory moved aside to {@code .NAME.old-*}, the new
 * one renamed into place (an atomic rename on one file system) and the old one deleted. If
 * the writer throws, the sibling is deleted and the target is untouched. A crash between
 * the two renames leaves the previous content in {@code .NAME.old-*}; {@link #recover}
 * puts it back, and every {@link #replace} calls it first.
 *
 * <p>{@link #replace} holds a {@link FolderLock} on {@code .NAME.lock} beside the target
 * while it works, so two runs never write the same target at once, and the temporary
 * siblings it finds on entry are left-overs of a killed run, safe to remove.
 */
public final class AtomicDirectory {

    /** Writes the new content into the directory it is given. */
    @FunctionalInterface
    public interface Writer {
        void write(Path directory) throws Exception;
    }

    private AtomicDirectory() {
    }

    /**
     * Writes {@code target} anew through {@code writer}; exceptions from the writer pass
     * through unchanged after the partial output is removed.
     */
    public static void replace(Path target, Writer writer) throws Exception {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        try (FolderLock lock = FolderLock.acquire(parent.resolve("." + name + ".lock"), target.toString())) {
            recover(target);
            writeAndSwap(target, parent, name, writer);
        }
    }

    private static void writeAndSwap(Path target, Path parent, String name, Writer writer) throws Exception {
        Path fresh = Files.createTempDirectory(parent, "." + name + ".tmp-");
        try {
            writer.write(fresh);
        } catch (Exception | Error e) {
            deleteTree(fresh);
            throw e;
        }
        Path old = parent.resolve("." + name + ".old-" + fresh.getFileName().toString().substring(name.length() + 6));
        if (Files.exists(target)) {
            move(target, old);
        }
        move(fresh, target);
        deleteTree(old);
    }

    /**
     * Restores {@code target} from a {@code .NAME.old-*} sibling left by a crash between the
     * two renames, and removes left-over temporary siblings. Call it only while no other run
     * writes the target (as {@link #replace} does, under its lock).
     */
    public static void recover(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String name = target.getFileName().toString();
        try (var siblings = Files.list(parent)) {
            for (Path sibling : siblings.sorted().toList()) {
                String s = sibling.getFileName().toString();
                if (s.startsWith("." + name + ".old-") && !Files.exists(target)) {
                    move(sibling, target);
                } else if (s.startsWith("." + name + ".old-") || s.startsWith("." + name + ".tmp-")) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /** Deletes a file or a directory tree; a missing path is not an error. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("cannot rename " + from + " to " + to + " atomically", e);
        }
    }
}
