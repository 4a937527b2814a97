package mx.michangarrito.shared.sync;

/**
 * The cloud's answer (HTTP 426, problem+json) to a terminal speaking a wire format older than the cloud
 * still reads: the terminal must be updated before it can sync; its outbox stays queued meanwhile.
 *
 * @param type                 problem type URI
 * @param title                text for people, in the caller's language
 * @param status               426
 * @param code                 {@code sync.update_required}
 * @param requestId            the request id, to find the server's log lines
 * @param schemaVersion        the version the terminal sent
 * @param minimumSchemaVersion the oldest version the cloud reads
 * @param currentSchemaVersion the version the cloud writes
 */
public record UpdateRequired(String type, String title, int status, String code, String requestId,
        int schemaVersion, int minimumSchemaVersion, int currentSchemaVersion) {

    /** The problem code. */
    public static final String CODE = "sync.update_required";
    /** The HTTP status: 426 Upgrade Required. */
    public static final int STATUS = 426;
}
