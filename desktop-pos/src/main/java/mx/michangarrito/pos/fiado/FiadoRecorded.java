package mx.michangarrito.pos.fiado;

import java.time.Instant;
import java.util.UUID;
import mx.michangarrito.pos.outbox.OutboxEvent;

/**
 * Outbox event of one fiado entry ({@code fiado.charged}, {@code fiado.paid}, {@code fiado.credited}); its
 * event id is the entry's id. The cloud sums these per customer, as the terminal does.
 */
public record FiadoRecorded(UUID eventId, UUID customerId, EntryKind kind, long amountCentavos, UUID referenceId,
        PaymentTender tender, UUID authorizedBy, String note, UUID userId, Instant at) implements OutboxEvent {

    static FiadoRecorded of(FiadoEntry e) {
        return new FiadoRecorded(e.id(), e.customerId(), e.kind(), e.amount().centavos(),
                e.referenceId().orElse(null), e.tender().orElse(null), e.authorizedBy().orElse(null),
                e.note().orElse(null), e.userId().orElse(null), e.createdAt());
    }

    @Override
    public String eventType() {
        return switch (kind) {
            case CHARGE -> "fiado.charged";
            case PAYMENT -> "fiado.paid";
            case CREDIT -> "fiado.credited";
        };
    }

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
