package mx.michangarrito.pos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mx.michangarrito.pos.PosEntities;
import org.junit.jupiter.api.Test;

/**
 * Hibernate runs without a bytecode provider (decision 0025): it can make no lazy proxies, so an entity that
 * refers to another by an association instead of by its id would fail the first time one is loaded. Entities
 * keep the other side's id, as every one does today.
 */
class EntitiesNeedNoProxiesTest {

    private static final List<Class<? extends Annotation>> ASSOCIATIONS =
            List.of(ManyToOne.class, OneToOne.class, OneToMany.class, ManyToMany.class);

    @Test
    void noEntityMapsAnAssociation() {
        List<String> found = new ArrayList<>();
        for (Class<?> entity : PosEntities.all()) {
            for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
                Stream.of(type.getDeclaredFields())
                        .filter(f -> ASSOCIATIONS.stream().anyMatch(f::isAnnotationPresent))
                        .map(Field::toString).forEach(found::add);
                Stream.of(type.getDeclaredMethods())
                        .filter(m -> ASSOCIATIONS.stream().anyMatch(m::isAnnotationPresent))
                        .map(Object::toString).forEach(found::add);
            }
        }
        assertEquals(List.of(), found, "map the other entity's id instead (no lazy proxies without a bytecode provider)");
    }

    @Test
    void theSessionFactoryIsBuiltWithoutByteBuddy() {
        assertEquals(false, PosEntities.all().isEmpty());
        // Byte Buddy is still on the class path (Hibernate's default provider); the boot must not use it
        try (var sessions = HibernateBoot.sessionFactory(new org.h2.jdbcx.JdbcDataSource(), PosEntities.all())) {
            var provider = ((org.hibernate.engine.spi.SessionFactoryImplementor) sessions).getServiceRegistry()
                    .requireService(org.hibernate.bytecode.spi.BytecodeProvider.class);
            assertEquals(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class, provider.getClass());
        }
    }
}
