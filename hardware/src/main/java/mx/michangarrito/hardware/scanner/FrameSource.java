package mx.michangarrito.hardware.scanner;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Where a webcam scanner gets its pictures: a real camera, or generated frames in tests and demos. */
public interface FrameSource extends Closeable {

    /**
     * The next picture, waiting for the camera as long as it needs.
     *
     * @return the frame, or empty when the camera had none this time
     * @throws IOException if the camera is gone
     */
    Optional<Frame> grab() throws IOException;

    /** Opens a frame source (again, after the camera was lost). */
    @FunctionalInterface
    interface Opener {

        /**
         * Opens the camera.
         *
         * @return the open source
         * @throws IOException if the camera is not there
         */
        FrameSource open() throws IOException;
    }
}
