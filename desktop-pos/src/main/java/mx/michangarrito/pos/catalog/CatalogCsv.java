package mx.michangarrito.pos.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.michangarrito.shared.money.InvalidAmountException;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * The catalog's CSV columns (README "Catalog CSV") and the reading of one row into a product draft.
 * Columns are found by their header name, in any order; only {@code nombre} and {@code precio} are
 * required. Every problem of a row is reported, not only the first.
 */
final class CatalogCsv {

    static final String NAME = "nombre";
    static final String SKU = "sku";
    static final String BARCODES = "codigos_barras";
    static final String CATEGORY = "categoria";
    static final String UNIT = "unidad";
    static final String BY_WEIGHT = "por_peso";
    static final String PRICE = "precio";
    static final String COST = "costo";
    static final String IVA = "iva";
    static final String IEPS = "ieps";
    static final String MIN_STOCK = "stock_minimo";
    static final String SCALE_CODE = "codigo_bascula";
    static final String ACTIVE = "activo";

    /** Every column, in the order the export writes them. */
    static final List<String> COLUMNS = List.of(NAME, SKU, BARCODES, CATEGORY, UNIT, BY_WEIGHT, PRICE, COST, IVA,
            IEPS, MIN_STOCK, SCALE_CODE, ACTIVE);
    private static final Set<String> REQUIRED = Set.of(NAME, PRICE);

    /** A row read without errors: the draft (without its category) and the category's name, if any. */
    record Parsed(int row, ProductDraft draft, Optional<String> category) {
    }

    private final Map<String, Integer> index;
    private final int headerSize;

    private CatalogCsv(Map<String, Integer> index, int headerSize) {
        this.index = index;
        this.headerSize = headerSize;
    }

    /** Reads the header; unknown or missing columns are added to {@code errors} (row 1). */
    static CatalogCsv header(List<String> header, List<CsvRowError> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = SearchText.of(header.get(i)).replace(' ', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                errors.add(CsvRowError.of(1, header.get(i), "csv.unknown-column", header.get(i), String.join(", ", COLUMNS)));
            } else if (index.putIfAbsent(name, i) != null) {
                errors.add(CsvRowError.of(1, header.get(i), "csv.repeated-column", header.get(i)));
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !index.containsKey(required)) {
                errors.add(CsvRowError.of(1, required, "csv.missing-column", required));
            }
        }
        return new CatalogCsv(index, header.size());
    }

    /** The draft of a data row, or empty with its problems added to {@code errors}. */
    Optional<Parsed> row(CsvText.Record record, List<CsvRowError> errors) {
        int row = record.number();
        List<String> f = record.fields();
        int before = errors.size();
        String name = field(f, NAME);
        if (name.isEmpty()) {
            errors.add(CsvRowError.of(row, NAME, "csv.required", NAME));
        } else if (name.length() > 200) {
            errors.add(CsvRowError.of(row, NAME, "csv.too-long", NAME, "200"));
        }
        String sku = field(f, SKU);
        if (sku.length() > 50) {
            errors.add(CsvRowError.of(row, SKU, "csv.too-long", SKU, "50"));
        }
        List<String> barcodes = new ArrayList<>();
        for (String code : field(f, BARCODES).split("[|;\\s]+")) {
            if (code.isEmpty()) {
                continue;
            }
            try {
                BarcodeKey.forSaving(code);
                barcodes.add(code);
            } catch (CatalogException e) {
                errors.add(new CsvRowError(row, BARCODES, e.userMessage()));
            }
        }
        String category = field(f, CATEGORY);
        if (category.length() > 100) {
            errors.add(CsvRowError.of(row, CATEGORY, "csv.too-long", CATEGORY, "100"));
        }
        Unit unit = unit(field(f, UNIT)).orElse(null);
        if (unit == null) {
            errors.add(CsvRowError.of(row, UNIT, "csv.bad-unit", field(f, UNIT)));
        }
        Optional<Boolean> byWeight = yesNo(field(f, BY_WEIGHT), unit != null && unit.weighedByDefault(), row, BY_WEIGHT, errors);
        Money price = money(field(f, PRICE), true, row, PRICE, errors);
        Money cost = money(field(f, COST), false, row, COST, errors);
        Optional<IvaRate> iva = iva(field(f, IVA));
        if (iva.isEmpty()) {
            errors.add(CsvRowError.of(row, IVA, "csv.bad-iva", field(f, IVA)));
        }
        Optional<IepsRate> ieps = Optional.empty();
        String iepsText = field(f, IEPS).replace("%", "").strip();
        if (!iepsText.isEmpty()) {
            if (iepsText.matches("\\d{1,3}(\\.\\d{1,4})?")) {
                ieps = Optional.of(new IepsRate(new BigDecimal(iepsText)));
            } else {
                errors.add(CsvRowError.of(row, IEPS, "csv.bad-ieps", field(f, IEPS)));
            }
        }
        BigDecimal minStock = BigDecimal.ZERO;
        String minText = field(f, MIN_STOCK);
        if (!minText.isEmpty()) {
            if (minText.matches("\\d{1,9}(\\.\\d{1,3})?")) {
                minStock = new BigDecimal(minText);
            } else {
                errors.add(CsvRowError.of(row, MIN_STOCK, "csv.bad-quantity", minText));
            }
        }
        String scale = field(f, SCALE_CODE);
        if (!scale.isEmpty() && !scale.matches("\\d{1,10}")) {
            errors.add(CsvRowError.of(row, SCALE_CODE, "csv.bad-scale-code", scale));
        }
        Optional<Boolean> active = yesNo(field(f, ACTIVE), true, row, ACTIVE, errors);
        if (f.size() > headerSize && f.subList(headerSize, f.size()).stream().anyMatch(s -> !s.isBlank())) {
            errors.add(CsvRowError.of(row, "", "csv.extra-fields", String.valueOf(f.size()), String.valueOf(headerSize)));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        TaxRates taxes = ieps.map(r -> TaxRates.of(iva.get(), r)).orElse(TaxRates.of(iva.get()));
        ProductDraft draft = new ProductDraft(name, Optional.of(sku), barcodes, Optional.empty(), unit,
                byWeight.orElseThrow(), taxes, cost, price, minStock, Optional.of(scale), active.orElseThrow());
        return Optional.of(new Parsed(row, draft, category.isEmpty() ? Optional.empty() : Optional.of(category)));
    }

    private String field(List<String> fields, String column) {
        Integer at = index.get(column);
        return at == null || at >= fields.size() ? "" : fields.get(at).strip();
    }

    private static Optional<Unit> unit(String text) {
        String key = SearchText.of(text);
        if (key.isEmpty()) {
            return Optional.of(Unit.PIEZA);
        }
        return switch (key) {
            case "pieza", "pz", "pza", "piezas" -> Optional.of(Unit.PIEZA);
            case "kg", "kilo", "kilogramo", "kilos" -> Optional.of(Unit.KG);
            case "g", "gr", "gramo", "gramos" -> Optional.of(Unit.G);
            case "litro", "l", "lt", "litros" -> Optional.of(Unit.LITRO);
            case "paquete", "paq", "paquetes" -> Optional.of(Unit.PAQUETE);
            default -> Optional.empty();
        };
    }

    private static Optional<Boolean> yesNo(String text, boolean empty, int row, String column, List<CsvRowError> errors) {
        switch (SearchText.of(text)) {
            case "" -> {
                return Optional.of(empty);
            }
            case "si", "s", "1", "true", "yes", "x" -> {
                return Optional.of(true);
            }
            case "no", "n", "0", "false" -> {
                return Optional.of(false);
            }
            default -> {
                errors.add(CsvRowError.of(row, column, "csv.bad-yes-no", text));
                return Optional.empty();
            }
        }
    }

    private static Money money(String text, boolean required, int row, String column, List<CsvRowError> errors) {
        if (text.isEmpty()) {
            if (required) {
                errors.add(CsvRowError.of(row, column, "csv.required", column));
            }
            return Money.ZERO;
        }
        try {
            Money amount = MoneyFormat.parse(text);
            if (amount.isNegative()) {
                errors.add(CsvRowError.of(row, column, "csv.negative", column, text));
            }
            return amount;
        } catch (InvalidAmountException e) {
            errors.add(CsvRowError.of(row, column, "csv.bad-amount", text, e.userMessage().spanish()));
            return Money.ZERO;
        }
    }

    private static Optional<IvaRate> iva(String text) {
        String key = SearchText.of(text).replace("%", "").replace("iva", "").strip();
        return switch (key) {
            case "", "16", "0.16" -> Optional.of(IvaRate.IVA_16);
            case "8", "0.08" -> Optional.of(IvaRate.IVA_8);
            case "0", "0.00" -> Optional.of(IvaRate.IVA_0);
            case "exento", "exempt", "e" -> Optional.of(IvaRate.EXEMPT);
            default -> Optional.empty();
        };
    }

    /** The export's cells for one product. */
    static List<String> cells(Product p, List<String> barcodes, String category) {
        return List.of(p.name(), p.sku().orElse(""), String.join("|", barcodes), category,
                p.unit().name().toLowerCase(Locale.ROOT), p.soldByWeight() ? "si" : "no",
                plain(p.price()), plain(p.cost()), ivaText(p.taxes().iva()),
                p.taxes().ieps().map(r -> r.percent().toPlainString()).orElse(""),
                p.minStock().stripTrailingZeros().toPlainString(), p.scaleItemCode().orElse(""),
                p.active() ? "si" : "no");
    }

    private static String plain(Money m) {
        return BigDecimal.valueOf(m.centavos(), 2).toPlainString();
    }

    private static String ivaText(IvaRate iva) {
        return switch (iva) {
            case IVA_16 -> "16";
            case IVA_8 -> "8";
            case IVA_0 -> "0";
            case EXEMPT -> "exento";
        };
    }
}
