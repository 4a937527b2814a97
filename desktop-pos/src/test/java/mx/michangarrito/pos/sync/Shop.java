package mx.michangarrito.pos.sync;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.corte.CashCount;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.fiado.PaymentTender;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;

/** A day at the counter on a test terminal: every kind of outbox event, through the real services. */
final class Shop {

    final Product soda;
    final Product tortilla;
    private final TestTerminal t;

    Shop(TestTerminal t) {
        this.t = t;
        this.soda = t.product("Refresco", 1160, TaxRates.IVA_16);
        this.tortilla = t.product("Tortilla kg", 2200, TaxRates.IVA_0);
    }

    CompletedSale sell(Product p, int units, Tender tender) {
        Cart cart = new Cart();
        cart.addUnits(p, BigDecimal.valueOf(units));
        return t.sales.complete(cart, List.of(tender), t.cashierId);
    }

    /** Opens a shift and sells {@code sales} sodas for cash. */
    void sellSodas(int sales) {
        if (t.shifts.current().isEmpty()) {
            t.shifts.open(t.cashierId, Money.ofPesos(500));
        }
        for (int i = 0; i < sales; i++) {
            sell(soda, 1 + i % 3, Tender.cash(Money.ofPesos(50)));
        }
    }

    /** Every event kind the terminal produces today. */
    void aWholeDay() {
        var drinks = t.catalog.createCategory("Bebidas");
        t.catalog.renameCategory(drinks.id(), "Bebidas y refrescos");
        t.catalog.update(tortilla.id(), tortilla.version(), new mx.michangarrito.pos.catalog.ProductDraft(
                tortilla.name(), tortilla.sku(), List.of("TORT1"), tortilla.categoryId(), tortilla.unit(),
                tortilla.soldByWeight(), tortilla.taxes(), tortilla.cost(), Money.ofCentavos(2300), tortilla.minStock(),
                tortilla.scaleItemCode(), true), Optional.of(t.managerId));
        t.stock.receivePurchase(soda.id(), new BigDecimal("48"), Optional.of("Coca"), Optional.of(t.managerId));
        t.stock.adjust(tortilla.id(), new BigDecimal("-0.250"), "merma", Optional.of(t.managerId));
        t.shifts.open(t.cashierId, Money.ofPesos(500));
        Customer mary = t.customers.create(CustomerDraft.of("Doña Mary", Money.ofPesos(1000)), Optional.empty());
        sell(soda, 2, Tender.cash(Money.ofPesos(50)));
        sell(tortilla, 1, Tender.card(Money.ofPesos(22), "778899"));
        sell(soda, 1, Tender.fiado(Money.ofCentavos(1160), mary.id()));
        CompletedSale voided = sell(soda, 3, Tender.transfer(Money.ofCentavos(3480), "SPEI 1"));
        t.voids.voidSale(voided.saleId(), "error", t.cashierId, t.managerId, TestTerminal.MANAGER_PIN);
        CompletedSale returned = sell(tortilla, 2, Tender.cash(Money.ofPesos(50)));
        t.returns.returnItems(returned.saleId(), Map.of(t.firstLine(returned.saleId()), BigDecimal.ONE),
                TenderKind.CASH, t.cashierId, "mal estado");
        t.payments.receive(mary.id(), Money.ofPesos(5), PaymentTender.CASH, Optional.of("abono"), t.cashierId);
        t.shifts.cashIn(t.cashierId, Money.ofPesos(100), "morralla");
        t.customers.edit(mary.id(), CustomerDraft.of("María López", Money.ofPesos(1500)), Optional.of(t.managerId));
        t.corte.close(t.managerId, new CashCount(Map.of()), Map.of());
    }

    UUID sodaId() {
        return soda.id();
    }
}
