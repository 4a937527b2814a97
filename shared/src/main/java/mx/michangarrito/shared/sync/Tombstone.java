package mx.michangarrito.shared.sync;

/**
 * A record removed in the cloud: the terminal removes its copy. The cloud keeps tombstones for a
 * retention period; a terminal whose cursor is older than that is told to resync in full.
 *
 * @param removedKind the kind of the removed record ({@link BarcodeState#KIND}, ...)
 * @param removedKey  its key
 */
public record Tombstone(String removedKind, String removedKey) implements CloudChange {

    /** The kind name. */
    public static final String KIND = "tombstone";

    @Override
    public String entity() {
        return removedKind;
    }

    @Override
    public String key() {
        return removedKey;
    }
}
