package mx.michangarrito.pos.crash;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.ProductHit;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.fiado.PaymentTender;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * The process {@link CrashSafetyTest} kills: sets up a terminal if needed, then sells forever, printing
 * {@code SALE <id>} and {@code PAY <id>} only after each commit has returned.
 */
public final class CrashChildMain {

    private CrashChildMain() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
        PosConfig config = new PosConfig("CAJA1", PosConfig.defaults().shopZone(), BigDecimal.TEN,
                PosConfig.defaults().scaleLabels(), 4);
        try (PosServices pos = PosServices.open(dataDir, config, Clock.systemUTC())) {
            UUID cashier = setUp(pos);
            List<Product> products = new ArrayList<>();
            for (ProductHit hit : pos.catalog.search("producto", 100)) {
                products.add(pos.catalog.find(hit.id()).orElseThrow());
            }
            UUID customer = pos.customers.search("fiado", 1).getFirst().id();
            System.out.println("READY");
            System.out.flush();
            while (true) {
                Cart cart = cart(products, random);
                CompletedSale sale = pos.sales.complete(cart, tenders(cart.totals().total(), random, customer), cashier);
                System.out.println("SALE " + sale.saleId());
                System.out.flush();
                Money owed = pos.fiado.balance(customer);
                if (random.nextInt(8) == 0 && owed.isPositive()) {
                    var entry = pos.fiadoPayments.receive(customer, Money.min(owed, Money.ofPesos(30)),
                            PaymentTender.CASH, Optional.empty(), cashier);
                    System.out.println("PAY " + entry.id());
                    System.out.flush();
                }
            }
        }
    }

    private static Cart cart(List<Product> products, SplittableRandom random) {
        Cart cart = new Cart();
        int lines = 1 + random.nextInt(5);
        for (int i = 0; i < lines; i++) {
            Product p = products.get(random.nextInt(products.size()));
            BigDecimal qty = p.soldByWeight() ? BigDecimal.valueOf(50 + random.nextInt(2000), 3)
                    : BigDecimal.valueOf(1 + random.nextInt(4));
            cart.addUnits(p, qty);
        }
        return cart;
    }

    /** Pays {@code total} in one of the ways a counter sees: exact cash, cash with change, card, transfer, fiado, split. */
    private static List<Tender> tenders(Money total, SplittableRandom random, UUID customer) {
        Money half = total.split(2).getFirst();
        return switch (random.nextInt(6)) {
            case 0 -> List.of(Tender.cash(total));
            case 1 -> List.of(Tender.cash(Money.ofPesos(total.centavos() / 5_000 * 50 + 50)));
            case 2 -> List.of(Tender.card(total, "A" + random.nextInt(1_000_000)));
            case 3 -> List.of(Tender.transfer(total, "SPEI " + random.nextInt(1_000_000)));
            case 4 -> List.of(Tender.fiado(total, customer));
            default -> half.isPositive() && total.minus(half).isPositive()
                    ? List.of(Tender.fiado(half, customer), Tender.cash(total.minus(half)))
                    : List.of(Tender.cash(total));
        };
    }

    private static UUID setUp(PosServices pos) {
        if (pos.users.isFirstRun()) {
            pos.users.createUser(null, "Dueña", Role.OWNER, "1234");
        }
        UUID owner = pos.users.listActive().getFirst().id();
        if (pos.catalog.search("producto", 1).isEmpty()) {
            List<ProductDraft> drafts = new ArrayList<>();
            TaxRates[] taxes = {TaxRates.IVA_16, TaxRates.IVA_0, TaxRates.of(IvaRate.IVA_16, IepsRate.ofPercent("8"))};
            for (int i = 0; i < 30; i++) {
                drafts.add(ProductDraft.simple("Producto " + i, null, Money.ofCentavos(350 + 137L * i), taxes[i % 3]));
            }
            pos.catalog.createAll(drafts, Optional.empty());
        }
        if (pos.customers.search("fiado", 1).isEmpty()) {
            pos.customers.create(CustomerDraft.of("Cliente Fiado", Money.ofPesos(1_000_000)), Optional.empty());
        }
        if (pos.shifts.current().isEmpty()) {
            pos.shifts.open(owner, Money.ofPesos(500));
        }
        return owner;
    }
}
