package no.retthylle.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Permissions of output that holds exact small counts (the warehouse, {@code OUT/metrics}):
 * readable by the owner only, directories {@code rwx------} (0700) and files {@code rw-------}
 * (0600), whatever the umask or the writer (Spark writes Parquet as 0644).
 *
 * <p>Applied to a finished tree before it is renamed into place, so the data is never
 * visible to others under its final name. On a file system without POSIX permissions
 * (Windows) nothing is changed. Symbolic links are not followed.
 */
public final class OwnerOnly {

    /** 0700. */
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** 0600. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Sets 0700 on {@code root} and every directory below it, 0600 on every file. */
    public static void restrictTree(Path root) throws IOException {
        if (!isPosix()) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.setPosixFilePermissions(dir, DIRECTORY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.setPosixFilePermissions(file, FILE);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Creates {@code dir} and its missing parents; {@code dir} itself ends up 0700. */
    public static Path createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (isPosix()) {
            Files.setPosixFilePermissions(dir, DIRECTORY);
        }
        return dir;
    }

    /** The attributes that create a file as 0600 (none where there are no POSIX permissions). */
    static FileAttribute<?>[] fileAttributes() {
        return isPosix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
