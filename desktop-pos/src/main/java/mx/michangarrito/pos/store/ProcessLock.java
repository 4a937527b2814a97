package mx.michangarrito.pos.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code pos.lock} in the data folder, held while the database is open, so a second
 * POS window refuses to start with a clear message instead of racing the first one. The OS releases it
 * when the process dies, so a crash never leaves a stale lock.
 */
final class ProcessLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ProcessLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ProcessLock acquire(Path dataDir) {
        Path file = dataDir.resolve("pos.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(file, null);
            }
            return new ProcessLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(file, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Reason.DATA_DIR_UNUSABLE,
                    "cannot lock " + file + ": " + e.getMessage(), e, dataDir.toString());
        } catch (StoreException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static StoreException inUse(Path file, Throwable cause) {
        return new StoreException(StoreException.Reason.IN_USE, "another process holds " + file, cause);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing was locked; nothing to release
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
}
