package mx.michangarrito.pos.fiado;

import static mx.michangarrito.pos.fiado.FiadoFixture.at;
import static mx.michangarrito.pos.fiado.FiadoFixture.pesos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementTest {

    @TempDir
    Path dataDir;
    FiadoFixture fx;
    Customer lupe;

    @BeforeEach
    void open() {
        fx = new FiadoFixture(dataDir);
        lupe = fx.customer("Doña Lupe", 1000);
        fx.clock.set(at("2026-02-27T09:00"));
        fx.charge(lupe, 100);
        fx.clock.set(at("2026-03-01T23:30")); // already March 2 in UTC, still March 1 at the shop
        fx.pay(lupe, 40);
        fx.clock.set(at("2026-03-02T10:00"));
        fx.charge(lupe, 200);
        fx.clock.set(at("2026-03-05T18:00"));
        fx.credit(lupe, 30);
        fx.clock.set(at("2026-03-10T23:59"));
        fx.pay(lupe, 100);
        fx.clock.set(at("2026-03-11T00:00"));
        fx.charge(lupe, 50);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void showsTheOpeningBalanceEachEntryWithItsRunningBalanceAndTheClosingBalance() {
        FiadoStatement st = fx.ledger.statement(lupe.id(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10));
        assertEquals(pesos(60), st.opening());
        assertEquals(List.of(EntryKind.CHARGE, EntryKind.CREDIT, EntryKind.PAYMENT),
                st.lines().stream().map(l -> l.entry().kind()).toList());
        assertEquals(List.of(pesos(260), pesos(230), pesos(130)),
                st.lines().stream().map(StatementLine::balanceAfter).toList());
        assertEquals(pesos(130), st.closing());
        assertEquals(pesos(200), st.charges());
        assertEquals(pesos(100), st.payments());
        assertEquals(pesos(30), st.credits());
        assertEquals(st.closing(), st.opening().plus(st.charges()).minus(st.payments()).minus(st.credits()));
    }

    @Test
    void usesTheShopsDaysNotUtcDays() {
        FiadoStatement march1 = fx.ledger.statement(lupe.id(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
        assertEquals(pesos(100), march1.opening());
        assertEquals(1, march1.lines().size());
        assertEquals(pesos(60), march1.closing());
    }

    @Test
    void theWholeHistoryClosesAtTheCurrentBalance() {
        FiadoStatement all = fx.ledger.statement(lupe.id(), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1));
        assertEquals(pesos(0), all.opening());
        assertEquals(6, all.lines().size());
        assertEquals(fx.ledger.balance(lupe.id()), all.closing());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertEquals(FiadoException.Reason.BAD_PERIOD, assertThrows(FiadoException.class,
                () -> fx.ledger.statement(lupe.id(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1))).reason());
        assertEquals(FiadoException.Reason.UNKNOWN_CUSTOMER, assertThrows(FiadoException.class,
                () -> fx.ledger.statement(UUID.randomUUID(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)))
                .reason());
    }
}
