package mx.michangarrito.pos.sync;

/** Sends one serialised push request and says what came back; never throws for network trouble. */
interface PushTransport {

    PushAnswer push(byte[] requestJson);

    /** Abandons a push in flight (the app is closing); it then answers {@link PushAnswer.Unreachable}. */
    default void cancel() {
    }
}
