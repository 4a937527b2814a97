package mx.michangarrito.pos.sync;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/**
 * Where and as whom this terminal pushes: the cloud's base URL and the device credential it got when it
 * was paired. {@link #toString()} never shows the credential.
 */
public record SyncTarget(URI cloudUrl, UUID terminalId, String deviceCredential) {

    public SyncTarget {
        Objects.requireNonNull(cloudUrl, "cloudUrl");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(deviceCredential, "deviceCredential");
    }

    @Override
    public String toString() {
        return "SyncTarget[cloudUrl=" + cloudUrl + ", terminalId=" + terminalId + ", deviceCredential=***]";
    }
}
