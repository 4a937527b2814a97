package mx.michangarrito.pos.store;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate's JSON and XML column mapper for a schema that has no JSON or XML columns. Left to itself,
 * Hibernate sets up a Jackson mapper at every boot because Jackson is on the class path (the sync uses it),
 * a few hundred classes the counter's start does not need (decision 0025). Mapping such a column fails
 * loudly instead of silently using something else.
 */
final class NoDocumentColumns implements FormatMapper {

    static final NoDocumentColumns INSTANCE = new NoDocumentColumns();

    private NoDocumentColumns() {
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        throw unmapped(type);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        throw unmapped(type);
    }

    private static UnsupportedOperationException unmapped(JavaType<?> type) {
        return new UnsupportedOperationException("the terminal's schema has no JSON or XML columns; "
                + type.getTypeName() + " would need a format mapper in HibernateBoot");
    }
}
