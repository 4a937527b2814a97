package mx.michangarrito.hardware.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.testing.PtyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real bytes over each kind of link: a local TCP server, a socat pty pair, a FIFO as a device file. */
class LinksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SHORT = Duration.ofMillis(150);

    @TempDir
    Path dir;

    @Test
    void tcpCarriesBytesBothWaysAndTimesOutWhenTheDeviceIsSilent() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Link link = Links.open(DeviceUri.parse("tcp://127.0.0.1:" + server.getLocalPort()), TIMEOUT);
                Socket device = server.accept()) {
            link.output().write(new byte[] {0x10, 0x04, 0x01});
            link.output().flush();
            assertArrayEquals(new byte[] {0x10, 0x04, 0x01}, device.getInputStream().readNBytes(3));

            device.getOutputStream().write(0x12);
            assertEquals(0x12, link.input().read());

            link.readTimeout(SHORT);
            assertThrows(InterruptedIOException.class, () -> link.input().read());
        }
    }

    @Test
    void tcpToAPortNobodyListensOnFails() throws IOException {
        int port;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
        }
        assertThrows(IOException.class, () -> Links.open(DeviceUri.parse("tcp://127.0.0.1:" + port), TIMEOUT));
    }

    @Test
    void serialCarriesBytesBothWaysOverAPtyPair() throws IOException {
        try (PtyPair pty = PtyPair.start(dir);
                Link driver = Links.open(DeviceUri.parse("serial:" + pty.a() + "?baud=9600"), TIMEOUT);
                Link device = Links.open(DeviceUri.parse("serial:" + pty.b() + "?baud=9600"), TIMEOUT)) {
            driver.output().write("W\r".getBytes(StandardCharsets.US_ASCII));
            driver.output().flush();
            assertEquals('W', device.input().read());
            assertEquals('\r', device.input().read());

            device.output().write("0.250kg\r".getBytes(StandardCharsets.US_ASCII));
            device.output().flush();
            assertEquals("0.250kg\r", new String(driver.input().readNBytes(8), StandardCharsets.US_ASCII));

            driver.readTimeout(SHORT);
            assertThrows(InterruptedIOException.class, () -> driver.input().read());
        }
    }

    @Test
    void aMissingSerialPortFailsWithAnIoException() {
        assertThrows(IOException.class,
                () -> Links.open(DeviceUri.parse("serial:" + dir.resolve("ttyUSB9")), TIMEOUT));
    }

    @Test
    void aDeviceFileIsWrittenAndReadWithATimeout() throws IOException {
        try (PtyPair pty = PtyPair.start(dir);
                Link link = Links.open(DeviceUri.parse("file:" + pty.a()), TIMEOUT);
                Link printer = Links.open(DeviceUri.parse("serial:" + pty.b()), TIMEOUT)) {
            OutputStream out = link.output();
            out.write(new byte[] {0x1B, 0x40});
            out.flush();
            assertArrayEquals(new byte[] {0x1B, 0x40}, printer.input().readNBytes(2));

            printer.output().write(new byte[] {0x16, 0x12});
            printer.output().flush();
            InputStream in = link.input();
            assertEquals(0x16, in.read());
            assertEquals(0x12, in.read());

            link.readTimeout(SHORT);
            assertThrows(InterruptedIOException.class, in::read);
            assertTrue(link.isOpen());
            link.close();
            assertFalse(link.isOpen());
        }
    }

    @Test
    void aMissingDeviceFileIsNotCreated() {
        Path missing = dir.resolve("lp7");

        assertThrows(NoSuchFileException.class, () -> Links.open(DeviceUri.parse("file:" + missing), TIMEOUT));

        assertFalse(Files.exists(missing));
    }

    @Test
    void theSpoolerAndSimulatorsAreNotByteLinks() {
        assertThrows(IllegalArgumentException.class, () -> Links.open(DeviceUri.parse("spooler:Caja"), TIMEOUT));
        assertThrows(IllegalArgumentException.class, () -> Links.open(DeviceUri.parse("sim:"), TIMEOUT));
    }
}
