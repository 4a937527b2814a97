package mx.michangarrito.shared.sync;

import java.util.UUID;

/**
 * A shelf category.
 *
 * @param categoryId the category's UUIDv7
 * @param name       its name
 */
public record CategoryState(UUID categoryId, String name) implements CloudChange {

    /** The kind name. */
    public static final String KIND = "category";

    @Override
    public String entity() {
        return KIND;
    }

    @Override
    public String key() {
        return categoryId.toString();
    }
}
