package mx.michangarrito.pos.demo;

import static mx.michangarrito.pos.demo.StarterCatalog.Item.loose;
import static mx.michangarrito.pos.demo.StarterCatalog.Item.scanned;
import static mx.michangarrito.pos.demo.StarterCatalog.Tax.STANDARD;
import static mx.michangarrito.pos.demo.StarterCatalog.Tax.STANDARD_IEPS_8;
import static mx.michangarrito.pos.demo.StarterCatalog.Tax.ZERO;

import java.util.List;
import mx.michangarrito.pos.catalog.Unit;

/**
 * The farmacia starter catalog: generic patent medicines, first aid, personal care, baby care and a drink, with
 * barcodes (block 3: 7500003000012, …); on the quick keys the services and loose goods sold without one
 * (injections, blood pressure, glucose, a face mask or a syringe by the piece) with the everyday medicines.
 * Taxes as in Mexico: patent medicines, infant formula, water and sanitary pads at 0 % IVA; first aid, personal
 * care, diapers and services at the standard IVA; throat candy also with the 8 % IEPS of high-calorie food.
 */
public final class FarmaciaCatalog {

    private static final String MEDICINES = "Medicamentos";
    private static final String FIRST_AID = "Curación";
    private static final String CARE = "Higiene y cuidado personal";
    private static final String BABY = "Bebé";
    private static final String DRINKS = "Bebidas y dulces";
    private static final String SERVICES = "Servicios";

    /** The catalog; prices in centavos. */
    public static final StarterCatalog CATALOG = new StarterCatalog(3, List.of(
            scanned("Paracetamol 500 mg 10 tabletas", 2_500, ZERO, MEDICINES).onKey(),
            scanned("Ibuprofeno 400 mg 10 tabletas", 3_200, ZERO, MEDICINES).onKey(),
            scanned("Naproxeno 250 mg 30 tabletas", 4_500, ZERO, MEDICINES),
            scanned("Ácido acetilsalicílico 500 mg 20 tabletas", 4_800, ZERO, MEDICINES),
            scanned("Loratadina 10 mg 10 tabletas", 3_500, ZERO, MEDICINES),
            scanned("Omeprazol 20 mg 14 cápsulas", 4_200, ZERO, MEDICINES),
            scanned("Butilhioscina 10 mg 20 grageas", 6_900, ZERO, MEDICINES),
            scanned("Loperamida 2 mg 12 tabletas", 3_000, ZERO, MEDICINES),
            scanned("Antigripal 12 cápsulas", 6_500, ZERO, MEDICINES),
            scanned("Jarabe para la tos 120 ml", 8_900, ZERO, MEDICINES),
            scanned("Amoxicilina 500 mg 12 cápsulas (con receta)", 6_500, ZERO, MEDICINES),
            scanned("Metformina 850 mg 30 tabletas", 4_500, ZERO, MEDICINES),
            scanned("Losartán 50 mg 30 tabletas", 5_900, ZERO, MEDICINES),
            scanned("Diclofenaco gel 1 % 50 g", 8_500, ZERO, MEDICINES),
            scanned("Suero oral 500 ml", 2_200, ZERO, MEDICINES).onKey(),
            scanned("Gasas estériles 10 piezas", 3_500, STANDARD, FIRST_AID).in(Unit.PAQUETE),
            scanned("Venda elástica 10 cm", 3_200, STANDARD, FIRST_AID),
            scanned("Curitas 20 piezas", 3_800, STANDARD, FIRST_AID).in(Unit.PAQUETE),
            scanned("Algodón 100 g", 3_200, STANDARD, FIRST_AID),
            scanned("Termómetro digital", 9_900, STANDARD, FIRST_AID),
            scanned("Prueba de embarazo", 6_500, STANDARD, FIRST_AID),
            scanned("Cubrebocas tricapa 10 piezas", 3_500, STANDARD, FIRST_AID).in(Unit.PAQUETE),
            scanned("Pasta dental 100 ml", 3_800, STANDARD, CARE),
            scanned("Cepillo dental", 2_900, STANDARD, CARE),
            scanned("Shampoo 400 ml", 7_500, STANDARD, CARE),
            scanned("Desodorante en barra 50 g", 5_900, STANDARD, CARE),
            scanned("Gel antibacterial 250 ml", 3_900, STANDARD, CARE),
            scanned("Protector solar FPS 50 120 ml", 25_900, STANDARD, CARE),
            scanned("Preservativos 3 piezas", 5_500, STANDARD, CARE).in(Unit.PAQUETE),
            scanned("Toallas femeninas 10 piezas", 3_900, ZERO, CARE).in(Unit.PAQUETE),
            scanned("Pañales etapa 3, 40 piezas", 26_900, STANDARD, BABY).in(Unit.PAQUETE),
            scanned("Toallitas húmedas 80 piezas", 4_900, STANDARD, BABY).in(Unit.PAQUETE),
            scanned("Fórmula infantil etapa 1 400 g", 24_900, ZERO, BABY),
            scanned("Agua natural 1 L", 1_300, ZERO, DRINKS).onKey(),
            scanned("Caramelos para la garganta 25 g", 2_000, STANDARD_IEPS_8, DRINKS),
            loose("Aplicación de inyección", 4_000, STANDARD, SERVICES),
            loose("Toma de presión arterial", 2_000, STANDARD, SERVICES),
            loose("Medición de glucosa", 4_500, STANDARD, SERVICES),
            loose("Cubrebocas (pieza)", 500, STANDARD, FIRST_AID),
            loose("Jeringa desechable 5 ml (pieza)", 600, STANDARD, FIRST_AID)));

    private FarmaciaCatalog() {
    }
}
