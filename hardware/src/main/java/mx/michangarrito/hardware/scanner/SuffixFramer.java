package mx.michangarrito.hardware.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cuts a serial scanner's byte stream into codes at the configured suffix and strips the prefix (and the
 * AIM identifier after it, when {@link ScannerFraming#aim()} is on). Bytes
 * may arrive in any pieces. Line-ending bytes that are not part of the suffix (the LF of a scanner set
 * to CRLF when we expect CR) are skipped between codes. Not thread-safe: one reader feeds it.
 */
public final class SuffixFramer {

    private final ScannerFraming framing;
    private final byte[] suffix;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean discarding;

    /**
     * A framer with nothing pending.
     *
     * @param framing prefix, suffix and maximum length
     */
    public SuffixFramer(ScannerFraming framing) {
        this.framing = Objects.requireNonNull(framing, "framing");
        this.suffix = framing.suffix().bytes();
    }

    /**
     * Feeds received bytes.
     *
     * @param bytes  the buffer
     * @param offset where the received bytes start
     * @param length how many were received
     * @return the frames completed by these bytes, in order; often none
     */
    public List<ScanFrame> accept(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        List<ScanFrame> frames = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            accept(bytes[i], frames);
        }
        return frames;
    }

    /**
     * What is pending when the link is lost: a scan cut in the middle.
     *
     * @return the cut piece, if any bytes of a code were pending
     */
    public Optional<ScanFrame> cut() {
        boolean wasDiscarding = discarding;
        discarding = false;
        if (pending.size() == 0 || wasDiscarding) {
            pending.reset();
            return Optional.empty();
        }
        String raw = text(pending.toByteArray());
        pending.reset();
        return Optional.of(new ScanFrame.Rejected(raw, ScanFrame.Reason.CUT));
    }

    private void accept(byte b, List<ScanFrame> frames) {
        if (pending.size() == 0 && isLineEnd(b) && b != suffix[0]) {
            return; // a stray CR/LF/TAB between codes
        }
        pending.write(b);
        byte[] held = pending.toByteArray();
        if (endsWithSuffix(held)) {
            byte[] body = java.util.Arrays.copyOf(held, held.length - suffix.length);
            pending.reset();
            if (discarding) {
                discarding = false;
            } else {
                frame(body).ifPresent(frames::add);
            }
        } else if (!discarding && held.length > framing.maxLength() + framing.prefix().length() + suffix.length) {
            frames.add(new ScanFrame.Rejected(text(held), ScanFrame.Reason.TOO_LONG));
            discarding = true;
            pending.reset();
        } else if (discarding && held.length > suffix.length) {
            // keep only what could still be the start of the suffix
            pending.reset();
            pending.write(held, held.length - suffix.length, suffix.length);
        }
    }

    private Optional<ScanFrame> frame(byte[] received) {
        int end = received.length;
        while (end > 0 && isLineEnd(received[end - 1])) {
            end--; // the CR of a CRLF scanner when we cut at LF
        }
        if (end == 0) {
            return Optional.empty(); // an empty line: nothing was scanned
        }
        byte[] body = java.util.Arrays.copyOf(received, end);
        String raw = text(body);
        for (byte b : body) {
            if (b < 0x20 || b > 0x7E) {
                return Optional.of(new ScanFrame.Rejected(raw, ScanFrame.Reason.GARBLED));
            }
        }
        String prefix = framing.prefix();
        if (!raw.startsWith(prefix) || raw.length() == prefix.length()) {
            return Optional.of(new ScanFrame.Rejected(raw, ScanFrame.Reason.MISSING_PREFIX));
        }
        String code = raw.substring(prefix.length());
        if (!framing.aim()) {
            return Optional.of(new ScanFrame.Code(code));
        }
        return Optional.of(AimIdentifier.split(code)
                .<ScanFrame>map(aim -> new ScanFrame.Code(aim.data(), aim.symbology()))
                .orElseGet(() -> new ScanFrame.Rejected(raw, ScanFrame.Reason.MISSING_AIM)));
    }

    private boolean endsWithSuffix(byte[] held) {
        if (held.length < suffix.length) {
            return false;
        }
        for (int i = 0; i < suffix.length; i++) {
            if (held[held.length - suffix.length + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineEnd(byte b) {
        return b == '\r' || b == '\n' || b == '\t';
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
