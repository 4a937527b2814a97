package mx.michangarrito.cloud.auth;

import java.util.Optional;

/** Checks a terminal's device credential (implemented where terminals are stored). */
@FunctionalInterface
public interface DeviceVerifier {

    /** The terminal of a valid, unrevoked credential; empty otherwise. */
    Optional<Principal.Device> verify(String credential);
}
