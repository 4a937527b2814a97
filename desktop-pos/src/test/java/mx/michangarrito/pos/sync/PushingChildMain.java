package mx.michangarrito.pos.sync;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.ProductHit;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * The process {@link PushCrashTest} kills: sells and pushes in turns, forever, to the cloud at
 * {@code args[1]}, printing {@code PUSHED} after each push round.
 */
public final class PushingChildMain {

    static final String CREDENTIAL = "dc1.crash.secret";

    private PushingChildMain() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        URI cloud = URI.create(args[1]);
        UUID terminal = UUID.fromString(args[2]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
        PosConfig config = new PosConfig("CAJA1", PosConfig.defaults().shopZone(), BigDecimal.TEN,
                PosConfig.defaults().scaleLabels(), 4);
        try (PosServices pos = PosServices.open(dataDir, config, Clock.systemUTC())) {
            UUID cashier = setUp(pos);
            List<Product> products = pos.catalog.search("producto", 10).stream().map(ProductHit::id)
                    .map(id -> pos.catalog.find(id).orElseThrow()).toList();
            OutboxPusher pusher = new OutboxPusher(pos.db, new OkHttpPushTransport(new SyncTarget(cloud, terminal,
                    CREDENTIAL), Duration.ofSeconds(10)), terminal, Clock.systemUTC(), d -> { },
                    new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), RandomGenerator.getDefault()), 3,
                    Duration.ofSeconds(1));
            System.out.println("READY");
            System.out.flush();
            while (true) {
                for (int i = random.nextInt(1, 4); i > 0; i--) {
                    Cart cart = new Cart();
                    cart.addUnits(products.get(random.nextInt(products.size())), BigDecimal.valueOf(random.nextInt(1, 4)));
                    pos.sales.complete(cart, List.of(Tender.cash(Money.ofPesos(200))), cashier);
                }
                pusher.pushPending();
                System.out.println("PUSHED");
                System.out.flush();
            }
        }
    }

    private static UUID setUp(PosServices pos) {
        if (pos.users.isFirstRun()) {
            var owner = pos.users.login(pos.users.createUser(null, "Lupita", Role.OWNER, "1111").id(), "1111");
            pos.users.createUser(owner, "Caro", Role.CASHIER, "1357");
            for (int i = 0; i < 5; i++) {
                pos.catalog.create(ProductDraft.simple("producto " + i, null, Money.ofCentavos(1000 + i * 150),
                        TaxRates.IVA_16), Optional.empty());
            }
        }
        UUID cashier = pos.users.listActive().stream().filter(u -> u.displayName().equals("Caro")).findFirst()
                .orElseThrow().id();
        if (pos.shifts.current().isEmpty()) {
            pos.shifts.open(cashier, Money.ofPesos(500));
        }
        return cashier;
    }
}
