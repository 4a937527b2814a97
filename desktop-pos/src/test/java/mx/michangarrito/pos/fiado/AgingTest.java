package mx.michangarrito.pos.fiado;

import static mx.michangarrito.pos.fiado.FiadoFixture.at;
import static mx.michangarrito.pos.fiado.FiadoFixture.pesos;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgingTest {

    @TempDir
    Path dataDir;
    FiadoFixture fx;

    @BeforeEach
    void open() {
        fx = new FiadoFixture(dataDir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void chargeAt(Customer c, String localTime, long pesos) {
        fx.clock.set(at(localTime));
        fx.charge(c, pesos);
    }

    private AgingRow rowOf(Customer c, Instant asOf) {
        return fx.ledger.aging(asOf).stream().filter(r -> r.customer().id().equals(c.id())).findFirst().orElseThrow();
    }

    @Test
    void paymentsPayTheOldestChargesFirstAndWhatIsLeftIsAgedByItsChargeDay() {
        Customer lupe = fx.customer("Lupe", 5000);
        chargeAt(lupe, "2026-01-01T12:00", 100);
        chargeAt(lupe, "2026-02-01T12:00", 200);
        chargeAt(lupe, "2026-03-01T12:00", 300);
        fx.clock.set(at("2026-03-10T12:00"));
        fx.pay(lupe, 150); // all of January's 100, then 50 of February's 200
        chargeAt(lupe, "2026-04-04T12:00", 50);

        AgingRow row = rowOf(lupe, at("2026-04-05T12:00"));
        assertEquals(pesos(500), row.balance());
        assertEquals(pesos(50), row.upTo30Days());       // April 4: 1 day
        assertEquals(pesos(300), row.days31To60());      // March 1: 35 days
        assertEquals(pesos(150), row.over60Days());      // rest of February 1: 63 days
        assertEquals(LocalDate.of(2026, 2, 1), row.owedSince());
    }

    @Test
    void bucketsChangeAfterThirtyAndAfterSixtyDays() {
        Customer c = fx.customer("Beto", 5000);
        chargeAt(c, "2026-01-01T08:00", 61);
        chargeAt(c, "2026-01-02T08:00", 60);
        chargeAt(c, "2026-01-31T08:00", 31);
        chargeAt(c, "2026-02-01T08:00", 30);
        AgingRow row = rowOf(c, at("2026-03-03T20:00")); // 61, 60, 31 and 30 days after those days
        assertEquals(pesos(30), row.upTo30Days());
        assertEquals(pesos(91), row.days31To60());
        assertEquals(pesos(61), row.over60Days());
    }

    @Test
    void daysAreTheShopsDaysNotUtcDays() {
        Customer c = fx.customer("Beto", 5000);
        chargeAt(c, "2026-03-01T23:30", 10); // March 2 in UTC
        AgingRow row = rowOf(c, at("2026-04-01T00:30")); // 31 shop days later, 30 UTC days
        assertEquals(pesos(10), row.days31To60());
    }

    @Test
    void aCreditBeforeAChargePaysThatChargeFirst() {
        Customer c = fx.customer("Ana", 100);
        chargeAt(c, "2026-01-01T12:00", 50);
        fx.clock.set(at("2026-01-02T12:00"));
        fx.credit(c, 80); // the shop owes her 30
        chargeAt(c, "2026-03-01T12:00", 100);
        AgingRow row = rowOf(c, at("2026-03-05T12:00"));
        assertEquals(pesos(70), row.balance());
        assertEquals(pesos(70), row.upTo30Days());
        assertEquals(Money.ZERO, row.over60Days());
        assertEquals(LocalDate.of(2026, 3, 1), row.owedSince());
    }

    @Test
    void listsOnlyCustomersOwingMoneyAtThatMomentMostOverdueFirst() {
        Customer recent = fx.customer("Reciente", 5000);
        Customer old = fx.customer("Antigua", 5000);
        Customer paidUp = fx.customer("Al corriente", 5000);
        Customer inFavour = fx.customer("A favor", 5000);
        chargeAt(old, "2026-01-01T12:00", 100);
        chargeAt(paidUp, "2026-01-01T12:00", 100);
        fx.pay(paidUp, 100);
        chargeAt(inFavour, "2026-01-01T12:00", 10);
        fx.credit(inFavour, 20);
        chargeAt(recent, "2026-03-20T12:00", 900);
        fx.clock.advance(Duration.ofDays(1));
        fx.pay(old, 100);

        assertEquals(List.of(old.id(), recent.id()), fx.ledger.aging(at("2026-03-20T12:00")).stream()
                .map(r -> r.customer().id()).toList());
        assertEquals(List.of(recent.id()), fx.ledger.aging(fx.clock.instant()).stream()
                .map(r -> r.customer().id()).toList());
        assertEquals(List.of(), fx.ledger.aging(at("2025-12-31T12:00")));
    }

    @Test
    void aChargeAuthorisedOverTheLimitIsAgedLikeAnyOther() {
        Customer c = fx.customer("Sin límite", 0);
        fx.clock.set(at("2026-01-01T12:00"));
        fx.db.writeVoid(s -> fx.ledger.charge(s, c.id(), pesos(40), UUID.randomUUID(), Optional.of(UUID.randomUUID())));
        assertEquals(pesos(40), rowOf(c, at("2026-04-01T12:00")).over60Days());
    }
}
