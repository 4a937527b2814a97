package mx.michangarrito.hardware.transport;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import mx.michangarrito.hardware.device.FileUri;

/**
 * A device file such as {@code /dev/usb/lp0} (a USB printer under Linux), opened for reading and
 * writing but never created: a mistyped path must not leave a regular file where a device was meant.
 * A device file has no read timeout of its own, so a background thread reads and
 * {@link TimedInputStream} waits on it.
 */
final class FileLink extends StreamLink<FileUri> {

    private final FileChannel reading;
    private final FileChannel writing;
    private final TimedInputStream input;

    private FileLink(FileUri uri, FileChannel reading, FileChannel writing, TimedInputStream input) {
        super(uri, input, Channels.newOutputStream(writing));
        this.reading = reading;
        this.writing = writing;
        this.input = input;
    }

    static FileLink open(FileUri uri, Duration timeout) throws IOException {
        Path path = Path.of(uri.path());
        if (!Files.exists(path)) {
            throw new NoSuchFileException(uri.path(), null, "device file does not exist");
        }
        if (Files.isDirectory(path)) {
            throw new IOException(uri.path() + " is a directory, not a device");
        }
        // Two descriptors: a FileChannel serialises reads and writes on one lock, and the reading thread
        // waits in read() most of the time.
        FileChannel writing = FileChannel.open(path, StandardOpenOption.WRITE);
        try {
            FileChannel reading = FileChannel.open(path, StandardOpenOption.READ);
            var input = new TimedInputStream(Channels.newInputStream(reading), "file-link " + uri.path(), timeout);
            return new FileLink(uri, reading, writing, input);
        } catch (IOException | RuntimeException e) {
            writing.close();
            throw e;
        }
    }

    @Override
    public void readTimeout(Duration timeout) {
        input.timeout(timeout);
    }

    @Override
    public boolean isOpen() {
        return writing.isOpen();
    }

    @Override
    public void close() throws IOException {
        try (writing) {
            input.close();
            reading.close();
        }
    }
}
