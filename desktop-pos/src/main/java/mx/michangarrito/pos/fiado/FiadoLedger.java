package mx.michangarrito.pos.fiado;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.sale.CreditAccounts;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.pos.settings.ShopZone;
import org.hibernate.Session;

/**
 * Fiado as a ledger: every charge, payment and credit is an immutable {@link FiadoEntry} with an outbox
 * event, and the customer's {@link FiadoBalance} moves in the same transaction, so the balance always
 * equals charges − payments − credits. A credit may leave the balance below zero: the shop then owes the
 * customer, and their next charges use it up first. The shop's zone sets the day boundaries of
 * statements and aging.
 */
public final class FiadoLedger implements CreditAccounts {

    private final PosDatabase database;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final Outbox outbox;
    private final ShopZone shopZone;

    public FiadoLedger(PosDatabase database, Clock clock, UuidV7Generator ids, Outbox outbox, ZoneId shopZone) {
        this(database, clock, ids, outbox, ShopZone.fixed(shopZone));
    }

    /** With the shop's zone as it is at each statement or aging (a pulled zone applies to the next one). */
    public FiadoLedger(PosDatabase database, Clock clock, UuidV7Generator ids, Outbox outbox, ShopZone shopZone) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.shopZone = Objects.requireNonNull(shopZone, "shopZone");
    }

    /**
     * Puts {@code amount} of sale {@code saleId} on the customer's account, inside the sale's transaction.
     * Refused when the balance would go over the credit limit (NO_CREDIT when the limit is zero), unless
     * {@code overrideBy} names the manager who allowed it; the manager is recorded only when needed. The
     * signature is the sale engine's {@code CreditAccounts.charge}.
     *
     * @param overrideBy a manager's user id the caller has already authorised
     * @throws FiadoException BAD_AMOUNT, UNKNOWN_CUSTOMER, INACTIVE_CUSTOMER, NO_CREDIT or OVER_LIMIT
     */
    public void charge(Session session, UUID customerId, Money amount, UUID saleId, Optional<UUID> overrideBy) {
        requirePositive(amount);
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(overrideBy, "overrideBy");
        Customer customer = activeCustomer(session, customerId);
        FiadoBalance balance = lockedBalance(session, customerId);
        boolean overLimit = balance.balance().plus(amount).isGreaterThan(customer.creditLimit());
        if (overLimit && overrideBy.isEmpty()) {
            throw customer.creditLimit().isZero() ? FiadoException.noCredit(customer, amount)
                    : FiadoException.overLimit(customer, balance.balance(), amount);
        }
        record(session, balance, FiadoEntry.charge(ids.next(), customerId, amount, saleId,
                overLimit ? overrideBy.get() : null, clock.instant()));
    }

    /**
     * Credits {@code amount} of a return or a void ({@code referenceId}) back to the customer, inside that
     * transaction. It may take the balance below zero (the shop then owes the customer). The signature is
     * the sale engine's {@code CreditAccounts.credit}.
     *
     * A deactivated customer still takes credits: they keep their balance and what they bring back lowers it.
     *
     * @throws FiadoException BAD_AMOUNT or UNKNOWN_CUSTOMER
     */
    public void credit(Session session, UUID customerId, Money amount, UUID referenceId) {
        requirePositive(amount);
        Objects.requireNonNull(referenceId, "referenceId");
        CustomerService.existing(session, customerId);
        FiadoBalance balance = lockedBalance(session, customerId);
        record(session, balance, FiadoEntry.credit(ids.next(), customerId, amount, referenceId, clock.instant()));
    }

    /**
     * Records a payment, whole or partial, in its own durable transaction. Package-private: the counter
     * takes payments through {@link FiadoPayments}, which also puts cash payments in the drawer.
     *
     * @throws FiadoException BAD_AMOUNT, UNKNOWN_CUSTOMER or OVERPAYMENT (more than the balance)
     */
    FiadoEntry pay(UUID customerId, Money amount, PaymentTender tender, Optional<String> note,
            Optional<UUID> by) {
        return database.write(session -> pay(session, customerId, amount, tender, note, by));
    }

    /** {@link #pay(UUID, Money, PaymentTender, Optional, Optional)} inside the caller's transaction. */
    public FiadoEntry pay(Session session, UUID customerId, Money amount, PaymentTender tender, Optional<String> note,
            Optional<UUID> by) {
        requirePositive(amount);
        Objects.requireNonNull(tender, "tender");
        String cleanNote = CustomerDraft.cleanNote(note).orElse(null);
        Customer customer = CustomerService.existing(session, customerId);
        FiadoBalance balance = lockedBalance(session, customerId);
        if (amount.isGreaterThan(balance.balance())) {
            throw FiadoException.overpayment(customer, balance.balance(), amount);
        }
        return record(session, balance, FiadoEntry.payment(ids.next(), customerId, amount, tender, cleanNote,
                by.orElse(null), clock.instant()));
    }

    private FiadoEntry record(Session session, FiadoBalance balance, FiadoEntry entry) {
        session.persist(entry);
        balance.add(entry.signedAmount());
        outbox.append(session, FiadoRecorded.of(entry));
        return entry;
    }

    /** What the customer owes now; negative when the shop owes them. */
    public Money balance(UUID customerId) {
        return database.read(session -> {
            CustomerService.existing(session, customerId);
            return session.find(FiadoBalance.class, customerId).balance();
        });
    }

    /** The customer's entries, oldest first. */
    public List<FiadoEntry> entries(UUID customerId) {
        return database.read(session -> session.createSelectionQuery(
                "from FiadoEntry where customerId = :id order by createdAt, id", FiadoEntry.class)
                .setParameter("id", customerId).getResultList());
    }

    /** The account between two days of the shop (both included), with the running balance. */
    public FiadoStatement statement(UUID customerId, LocalDate from, LocalDate to) {
        return database.read(session -> FiadoReports.statement(session,
                CustomerService.existing(session, customerId), from, to, shopZone.in(session)));
    }

    /** Customers owing money at {@code asOf}, with their debt aged first-in first-out; most overdue first. */
    public List<AgingRow> aging(Instant asOf) {
        return database.read(session -> FiadoReports.aging(session, asOf, shopZone.in(session)));
    }

    private static Customer activeCustomer(Session session, UUID customerId) {
        Customer customer = CustomerService.existing(session, customerId);
        if (!customer.active()) {
            throw FiadoException.inactive(customer);
        }
        return customer;
    }

    /** Locked for the rest of the transaction, so the limit check and the update see the same balance. */
    private static FiadoBalance lockedBalance(Session session, UUID customerId) {
        return session.find(FiadoBalance.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static void requirePositive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw FiadoException.badAmount(amount);
        }
    }

    /** Entity classes of customers and fiado, for {@link PosDatabase#open}. */
    public static List<Class<?>> entities() {
        return List.of(Customer.class, LimitChange.class, CustomerStatusChange.class, FiadoEntry.class,
                FiadoBalance.class);
    }
}
