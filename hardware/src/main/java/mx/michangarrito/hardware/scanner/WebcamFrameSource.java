package mx.michangarrito.hardware.scanner;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/** Frames from a real webcam through webcam-capture, found by (part of) its name. */
public final class WebcamFrameSource implements FrameSource {

    private final Webcam webcam;

    private WebcamFrameSource(Webcam webcam) {
        this.webcam = webcam;
    }

    /**
     * Opens the first camera whose name contains {@code name} (empty for the first camera).
     *
     * @param name part of the camera's name, e.g. {@code /dev/video0}
     * @return an opener for {@link WebcamScanner}
     */
    public static FrameSource.Opener named(String name) {
        Objects.requireNonNull(name, "name");
        return () -> {
            try {
                Webcam webcam = Webcam.getWebcams().stream().filter(w -> w.getName().contains(name)).findFirst()
                        .orElseThrow(() -> new IOException("no camera named like \"" + name + "\""));
                if (!webcam.open()) {
                    throw new IOException("camera " + webcam.getName() + " could not be opened");
                }
                return new WebcamFrameSource(webcam);
            } catch (WebcamException e) {
                throw new IOException("the camera library failed", e);
            }
        };
    }

    @Override
    public Optional<Frame> grab() throws IOException {
        if (!webcam.isOpen()) {
            throw new IOException("camera " + webcam.getName() + " is closed");
        }
        BufferedImage image = webcam.getImage();
        return image == null ? Optional.empty() : Optional.of(new Frame(image, System.nanoTime()));
    }

    @Override
    public void close() {
        webcam.close();
    }
}
