package no.retthylle.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * An exclusive lock held by one run on one output (a warehouse, {@code OUT/metrics},
 * {@code OUT/report}) while it writes there. It is an operating-system lock on a small
 * lock file, which stays behind; the lock itself ends with the process, also when the
 * process is killed. The lock file is the owner's only (0600). While a run holds the lock, temporary folders left beside the output
 * can only be from a run that died, so they may be removed.
 */
public final class FolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code lockFile} (created if missing).
     *
     * @throws FolderInUseException when another run (in this or another process) holds it
     */
    public static FolderLock acquire(Path lockFile, String what) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                OwnerOnly.fileAttributes());
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new FolderInUseException(what + " is being written by another run; wait for it to finish");
            }
            return new FolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new FolderInUseException(what + " is being written by another run in this process");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another run holds the lock. */
    public static final class FolderInUseException extends IOException {
        FolderInUseException(String message) {
            super(message);
        }
    }
}
