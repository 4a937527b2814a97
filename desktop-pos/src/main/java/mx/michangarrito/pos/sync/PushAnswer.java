package mx.michangarrito.pos.sync;

import mx.michangarrito.shared.sync.PushResponse;

/** What came back from one push request. */
sealed interface PushAnswer {

    /** The cloud answered per event. */
    record Answered(PushResponse response) implements PushAnswer {
    }

    /** No usable answer (no network, timeout, dropped connection, 5xx, garbled body): try again later. */
    record Unreachable(String reason) implements PushAnswer {
    }

    /** The cloud reads only newer wire formats: this terminal must be updated. */
    record MustUpdate(int minimumSchemaVersion) implements PushAnswer {
    }

    /** The cloud refused the request (revoked credential, forged input): retrying alone will not help. */
    record Refused(int status, String code, String title) implements PushAnswer {
    }
}
