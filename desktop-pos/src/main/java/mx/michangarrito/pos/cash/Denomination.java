package mx.michangarrito.pos.cash;

import mx.michangarrito.shared.money.Money;

/** Mexican bills and coins counted at the corte de caja ($20 bill and coin count together). */
public enum Denomination {
    B1000(100_000), B500(50_000), B200(20_000), B100(10_000), B50(5_000), P20(2_000),
    M10(1_000), M5(500), M2(200), M1(100), C50(50);

    private final long centavos;

    Denomination(long centavos) {
        this.centavos = centavos;
    }

    public Money value() {
        return Money.ofCentavos(centavos);
    }

    public static Denomination ofCentavos(long centavos) {
        for (Denomination d : values()) {
            if (d.centavos == centavos) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a Mexican denomination: " + centavos + " centavos");
    }
}
