package mx.michangarrito.pos.sale;

import java.math.BigDecimal;
import java.util.Objects;
import mx.michangarrito.shared.money.Money;

/** A discount as the cashier types it: an amount or a percentage of what it applies to. */
public sealed interface Discount {

    Discount NONE = new Amount(Money.ZERO);

    /** The discount in money on {@code base}, never more than {@code base}. */
    Money on(Money base);

    /** A fixed amount off. */
    record Amount(Money amount) implements Discount {
        public Amount {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw SaleException.badDiscount(amount.toString());
            }
        }

        @Override
        public Money on(Money base) {
            return Money.min(amount, base);
        }
    }

    /** A percentage off, rounded HALF_UP to the centavo. */
    record Percent(BigDecimal percent) implements Discount {
        public Percent {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw SaleException.badDiscount(percent.toPlainString() + " %");
            }
        }

        @Override
        public Money on(Money base) {
            return Money.min(base.percent(percent), base);
        }
    }
}
