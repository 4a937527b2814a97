package mx.michangarrito.pos.sync;

/** What came back from one pull or snapshot request. */
sealed interface FetchAnswer {

    /** The cloud answered 200 with this JSON body. */
    record Fetched(String body) implements FetchAnswer {
    }

    /** No usable answer (no network, timeout, dropped connection, 5xx): try again later. */
    record Unreachable(String reason) implements FetchAnswer {
    }

    /** The cloud reads only newer wire formats: this terminal must be updated. */
    record MustUpdate(int minimumSchemaVersion) implements FetchAnswer {
    }

    /** The cloud refused the request (revoked credential): retrying alone will not help. */
    record Refused(int status, String code, String title) implements FetchAnswer {
    }
}
