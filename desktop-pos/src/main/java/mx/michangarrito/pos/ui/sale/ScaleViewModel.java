package mx.michangarrito.pos.ui.sale;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.hardware.device.WeightStatus;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.device.ScaleFeed;
import mx.michangarrito.pos.device.ScaleInput;
import mx.michangarrito.pos.ui.Texts;

/**
 * Weighs the product the sale is waiting a weight for: with a scale configured, a stable weight goes
 * into the cart by itself; a moving pan, an overload, a negative or empty reading, or a scale that
 * does not answer become a Spanish message and the cashier types the weight instead.
 */
public final class ScaleViewModel implements ScaleFeed {

    private final java.util.function.Supplier<Optional<ScaleInput>> scale;
    private final SaleViewModel sale;
    private final Texts texts;
    private Product weighing;

    public ScaleViewModel(Optional<ScaleInput> scale, SaleViewModel sale, Texts texts) {
        this(() -> scale, sale, texts);
        Objects.requireNonNull(scale, "scale");
    }

    /** Reads the scale in use at each weighing (one changed in the back office takes over at once). */
    public ScaleViewModel(java.util.function.Supplier<Optional<ScaleInput>> scale, SaleViewModel sale, Texts texts) {
        this.scale = Objects.requireNonNull(scale, "scale");
        this.sale = Objects.requireNonNull(sale, "sale");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** From now on, each product waiting for its weight is read from the scale (when there is one). */
    public void follow() {
        sale.awaitingWeightProperty().addListener((obs, was, now) -> {
            weighing = now;
            if (now != null) {
                scale.get().ifPresent(s -> s.read(this));
            }
        });
    }

    @Override
    public void weighed(WeightStatus status, Optional<BigDecimal> kilograms) {
        Product product = sale.awaitingWeightProperty().get();
        if (product == null || product != weighing) {
            return; // the cashier typed the weight or cancelled meanwhile
        }
        String key = switch (status) {
            case STABLE -> kilograms.filter(kg -> kg.signum() > 0).isPresent() ? null : "scale.empty";
            case MOTION -> "scale.motion";
            case OVERLOAD -> "scale.overload";
            case NEGATIVE -> "scale.negative";
        };
        if (key == null) {
            sale.enterWeight(kilograms.orElseThrow().stripTrailingZeros().toPlainString());
        } else {
            sale.notice(texts.get(key, product.name()), true);
        }
    }

    @Override
    public void problem(String text) {
        Product product = sale.awaitingWeightProperty().get();
        if (product != null && product == weighing) {
            sale.notice(texts.get("scale.problem", text, product.name()), true);
        }
    }
}
