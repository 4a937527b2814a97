package mx.michangarrito.pos.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.shared.barcode.Gtin;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IvaRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    private static final String HEADER = "nombre,sku,codigos_barras,categoria,unidad,por_peso,precio,costo,iva,ieps,"
            + "stock_minimo,codigo_bascula,activo\r\n";

    @TempDir
    Path dataDir;

    private static String gtin(int i) {
        String body = String.format("750%09d", i);
        return body + Gtin.checkDigit(body);
    }

    private static String rows(int n) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) {
            csv.append("Producto ").append(i).append(",SKU").append(i).append(',').append(gtin(i))
                    .append(",Abarrotes,pieza,no,12.50,8,16,,3,,si\r\n");
        }
        return csv.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsEveryRowWithItsCategoryAndFindsThemByBarcode() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            ImportOutcome outcome = fx.catalog.importCsv(utf8(rows(1_200)), ImportProgress.NONE, Optional.empty());
            assertTrue(outcome.succeeded(), outcome.errors().toString());
            assertEquals(1_200, outcome.imported());
            assertEquals(1_200, fx.count("Product"));
            assertEquals(1, fx.count("Category"), "the category named in the file is created once");
            Product p = fx.catalog.scan(gtin(1_199)).product();
            assertEquals("Producto 1199", p.name());
            assertEquals(Money.ofCentavos(1_250), p.price());
            assertEquals(Money.ofPesos(8), p.cost());
            assertEquals(List.of("Producto 777"), fx.catalog.search("producto 777", 5).stream().map(ProductHit::name).toList());
        }
    }

    @Test
    void tenThousandRowsGoInWithProgressAlongTheWay() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            java.util.List<String> seen = new java.util.ArrayList<>();
            long start = System.nanoTime();
            ImportOutcome outcome = fx.catalog.importCsv(utf8(rows(10_000)),
                    (phase, done, total) -> seen.add(phase + " " + done + "/" + total), Optional.empty());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("BENCH catalog_csv_import_10k=" + millis + " ms");
            assertEquals(10_000, outcome.imported());
            assertEquals(10_000, fx.count("Product"));
            assertEquals(200, seen.size(), "every 100 rows while checking, then while saving");
            assertEquals("CHECKING 100/10000", seen.getFirst());
            assertEquals("SAVING 10000/10000", seen.getLast());
        }
    }

    @Test
    void anErrorInTheLastRowImportsNothingAndNamesRowAndColumn() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            String csv = rows(500) + "Último,SKUX,,Abarrotes,pieza,no,doce,,16,,,,si\r\n";
            ImportOutcome outcome = fx.catalog.importCsv(utf8(csv), ImportProgress.NONE, Optional.empty());
            assertEquals(0, outcome.imported());
            assertEquals(1, outcome.errors().size());
            CsvRowError error = outcome.errors().getFirst();
            assertEquals(502, error.row(), "header is row 1, so the 501st product is row 502");
            assertEquals("precio", error.column());
            assertTrue(error.reason().spanish().startsWith("«doce» no es un importe válido"), error.reason().spanish());
            assertEquals(0, fx.count("Product"));
            assertEquals(0, fx.count("Category"));
        }
    }

    @Test
    void aFailureWhileSavingRollsBackEverything() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            ImportProgress crash = (phase, done, total) -> {
                if (phase == ImportProgress.Phase.SAVING && done >= 700) {
                    throw new IllegalStateException("power cut");
                }
            };
            assertThrows(IllegalStateException.class, () -> fx.catalog.importCsv(utf8(rows(1_000)), crash, Optional.empty()));
            assertEquals(0, fx.count("Product"));
            assertEquals(0, fx.count("ProductBarcode"));
            assertEquals(0, fx.count("PriceChange"));
            assertEquals(0, fx.count("Category"));
            assertEquals(List.of(), fx.catalog.search("producto", 5));
        }
    }

    @Test
    void reportsEveryProblemOfEveryRow() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            fx.catalog.create(ProductDraft.simple("Coca-Cola 600 ml", "7501055300846", Money.ofPesos(20),
                    mx.michangarrito.shared.tax.TaxRates.IVA_16), Optional.empty());
            String csv = HEADER
                    + ",,,,,,,,,,,,\r\n".replaceFirst("^", "") // blank rows are skipped
                    + "Sin precio,,,,pieza,,,,16,,,,\r\n"
                    + "Refresco,,7501055300846,,litro,,15,,16,,,,\r\n"
                    + "Chicle,,12345,,caja,talvez,1,-2,20,x,1.2345,12a,\r\n"
                    + "Otro chicle,,12345,,,,1,,,,,,\r\n"
                    + "Tercer chicle,,12345,,,,1,,,,,,\r\n";
            ImportOutcome outcome = fx.catalog.importCsv(utf8(csv), ImportProgress.NONE, Optional.empty());
            List<String> where = outcome.errors().stream().map(e -> e.row() + ":" + e.column()).toList();
            assertEquals(List.of("3:precio", "4:codigos_barras", "5:unidad", "5:por_peso", "5:costo", "5:iva", "5:ieps",
                    "5:stock_minimo", "5:codigo_bascula", "7:codigos_barras"), where);
            assertEquals("El código 7501055300846 ya es de «Coca-Cola 600 ml» en el catálogo. Quita el código de esta "
                    + "fila o del producto existente.", outcome.errors().get(1).reason().spanish());
            assertEquals("«12345» ya aparece en la fila 6 de este archivo. Cada código debe ser de un solo producto.",
                    outcome.errors().get(9).reason().spanish());
            assertEquals(1, fx.count("Product"));
        }
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            String csv = "precio,nombre\r\n\"1,234.50\",\"Queso \"\"Oaxaca\"\", 1 kg\"\n3,\"Pan\nde caja\"";
            ImportOutcome outcome = fx.catalog.importCsv(utf8(csv), ImportProgress.NONE, Optional.empty());
            assertTrue(outcome.succeeded(), outcome.errors().toString());
            List<ProductHit> hits = fx.catalog.search("queso", 5);
            assertEquals("Queso \"Oaxaca\", 1 kg", hits.getFirst().name());
            assertEquals(Money.ofCentavos(123_450), hits.getFirst().price());
            assertEquals("Pan\nde caja", fx.catalog.search("pan", 5).getFirst().name());
        }
    }

    @Test
    void readsUtf8WithOrWithoutBomAndExcelsWindows1252() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            String csv = "nombre,precio\r\nJamón serrano,10\r\n";
            ByteArrayOutputStream withBom = new ByteArrayOutputStream();
            withBom.writeBytes(CsvText.UTF8_BOM);
            withBom.writeBytes(utf8(csv));
            assertTrue(fx.catalog.importCsv(withBom.toByteArray(), ImportProgress.NONE, Optional.empty()).succeeded());
            assertTrue(fx.catalog.importCsv(utf8(csv.replace("Jamón", "Piñata")), ImportProgress.NONE, Optional.empty())
                    .succeeded());
            assertTrue(fx.catalog.importCsv(csv.replace("Jamón", "Azúcar").getBytes(Charset.forName("windows-1252")),
                    ImportProgress.NONE, Optional.empty()).succeeded());
            assertEquals(List.of("Jamón serrano"), names(fx.catalog.search("jamon", 5)));
            assertEquals(List.of("Piñata serrano"), names(fx.catalog.search("pinata", 5)));
            assertEquals(List.of("Azúcar serrano"), names(fx.catalog.search("azucar", 5)));
        }
    }

    @Test
    void anUnclosedQuoteOrAHeaderOnlyFileIsExplained() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            CsvRowError quote = fx.catalog.importCsv(utf8("nombre,precio\r\nA,1\r\n\"B,2\r\n"), ImportProgress.NONE,
                    Optional.empty()).errors().getFirst();
            assertEquals(3, quote.row());
            CsvRowError empty = fx.catalog.importCsv(utf8("nombre,precio\r\n"), ImportProgress.NONE, Optional.empty())
                    .errors().getFirst();
            assertTrue(empty.reason().spanish().startsWith("El archivo no tiene productos"));
            CsvRowError column = fx.catalog.importCsv(utf8("nombre,precio,color\r\nA,1,rojo\r\n"), ImportProgress.NONE,
                    Optional.empty()).errors().getFirst();
            assertEquals("color", column.column());
        }
    }

    @Test
    void theExportIsUtf8WithBomAndImportsBackIntoAnEmptyCatalog(@TempDir Path other) {
        byte[] exported;
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            Category dairy = fx.catalog.createCategory("Lácteos");
            fx.catalog.create(new ProductDraft("Leche, entera \"1 L\"", Optional.of("LE-1"), List.of("7501055300846"),
                    Optional.of(dairy.id()), Unit.LITRO, false, mx.michangarrito.shared.tax.TaxRates.of(IvaRate.IVA_0),
                    Money.ofCentavos(2_100), Money.ofCentavos(2_650), new java.math.BigDecimal("6"), Optional.empty(), true),
                    Optional.empty());
            exported = fx.catalog.exportCsv();
        }
        assertArrayEquals(CsvText.UTF8_BOM, java.util.Arrays.copyOf(exported, 3));
        String text = new String(exported, 3, exported.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(HEADER), text);
        assertTrue(text.contains("\"Leche, entera \"\"1 L\"\"\",LE-1,07501055300846,Lácteos,litro,no,26.50,21.00,0,,6,,si\r\n"), text);
        try (CatalogFixture fx = new CatalogFixture(other)) {
            ImportOutcome outcome = fx.catalog.importCsv(exported, ImportProgress.NONE, Optional.empty());
            assertTrue(outcome.succeeded(), outcome.errors().toString());
            Product leche = fx.catalog.scan("7501055300846").product();
            assertEquals("Leche, entera \"1 L\"", leche.name());
            assertEquals(Unit.LITRO, leche.unit());
            assertEquals(IvaRate.IVA_0, leche.taxes().iva());
            assertEquals("Lácteos", fx.catalog.categories().getFirst().name());
        }
    }

    private static List<String> names(List<ProductHit> hits) {
        return hits.stream().map(ProductHit::name).toList();
    }
}
