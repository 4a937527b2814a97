package mx.michangarrito.hardware.payment;

import java.nio.charset.StandardCharsets;

/** Wraps text as STX text ETX LRC and takes it out again, checking the LRC. */
final class ConcertFrames {

    private ConcertFrames() {
    }

    static byte[] frame(String text) {
        byte[] body = text.getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[body.length + 3];
        frame[0] = Concert.STX;
        System.arraycopy(body, 0, frame, 1, body.length);
        frame[body.length + 1] = Concert.ETX;
        frame[body.length + 2] = Concert.lrc(frame, 1, body.length + 2);
        return frame;
    }

    static String text(byte[] frame) throws ConcertFrameException {
        if (frame.length < 3 || frame[0] != Concert.STX || frame[frame.length - 2] != Concert.ETX) {
            throw new ConcertFrameException("a frame is STX … ETX LRC");
        }
        byte expected = Concert.lrc(frame, 1, frame.length - 1);
        if (frame[frame.length - 1] != expected) {
            throw new ConcertFrameException(String.format("LRC %02X, expected %02X",
                    frame[frame.length - 1] & 0xFF, expected & 0xFF));
        }
        for (int i = 1; i < frame.length - 2; i++) {
            if (frame[i] < 0x20 || frame[i] > 0x7E) {
                throw new ConcertFrameException("control byte inside a frame at " + i);
            }
        }
        return new String(frame, 1, frame.length - 3, StandardCharsets.US_ASCII);
    }
}
