package mx.michangarrito.pos.demo;

import static mx.michangarrito.pos.demo.StarterCatalog.Item.loose;
import static mx.michangarrito.pos.demo.StarterCatalog.Item.scanned;
import static mx.michangarrito.pos.demo.StarterCatalog.Tax.STANDARD;

import java.util.List;
import mx.michangarrito.pos.catalog.Unit;

/**
 * The papelería starter catalog: school and office supplies with barcodes (block 2: 7500002000013, …), and on
 * the quick keys the services and loose paper sold without one (copies, prints, scans, binding, laminating,
 * cartulina, papel china, foami, folders) with the everyday pens, pencil and eraser. Everything carries the
 * standard IVA: stationery and copy services have no 0 % rate and no IEPS.
 */
public final class PapeleriaCatalog {

    private static final String PAPER = "Cuadernos y papel";
    private static final String WRITING = "Escritura";
    private static final String SCHOOL = "Escolar y manualidades";
    private static final String OFFICE = "Oficina";
    private static final String SERVICES = "Copias e impresiones";

    /** The catalog; prices in centavos. */
    public static final StarterCatalog CATALOG = new StarterCatalog(2, List.of(
            scanned("Cuaderno profesional cuadro chico 100 hojas", 4_800, STANDARD, PAPER),
            scanned("Cuaderno profesional raya 100 hojas", 4_800, STANDARD, PAPER),
            scanned("Cuaderno forma francesa cuadro grande 100 hojas", 3_200, STANDARD, PAPER),
            scanned("Cuaderno forma italiana raya 100 hojas", 3_000, STANDARD, PAPER),
            scanned("Libreta de taquigrafía 80 hojas", 2_200, STANDARD, PAPER),
            scanned("Hojas blancas tamaño carta 500 hojas", 14_500, STANDARD, PAPER).in(Unit.PAQUETE),
            scanned("Hojas de colores tamaño carta 100 hojas", 6_500, STANDARD, PAPER).in(Unit.PAQUETE),
            scanned("Lápiz del número 2", 800, STANDARD, WRITING).onKey(),
            scanned("Bolígrafo punto mediano negro", 900, STANDARD, WRITING).onKey(),
            scanned("Bolígrafo punto mediano azul", 900, STANDARD, WRITING).onKey(),
            scanned("Goma de borrar blanca", 700, STANDARD, WRITING).onKey(),
            scanned("Sacapuntas metálico", 1_000, STANDARD, WRITING),
            scanned("Marcador permanente negro", 2_200, STANDARD, WRITING),
            scanned("Marcatextos amarillo", 1_800, STANDARD, WRITING),
            scanned("Corrector en cinta", 3_500, STANDARD, WRITING),
            scanned("Lápices de colores 12 piezas", 6_500, STANDARD, SCHOOL).in(Unit.PAQUETE),
            scanned("Crayones 12 piezas", 3_500, STANDARD, SCHOOL).in(Unit.PAQUETE),
            scanned("Plumones de colores 10 piezas", 5_500, STANDARD, SCHOOL).in(Unit.PAQUETE),
            scanned("Pegamento en barra 21 g", 2_800, STANDARD, SCHOOL),
            scanned("Pegamento blanco 110 g", 2_600, STANDARD, SCHOOL),
            scanned("Tijeras escolares punta roma", 3_500, STANDARD, SCHOOL),
            scanned("Regla de plástico 30 cm", 1_200, STANDARD, SCHOOL),
            scanned("Juego de geometría", 4_500, STANDARD, SCHOOL),
            scanned("Plastilina 10 barras", 2_800, STANDARD, SCHOOL).in(Unit.PAQUETE),
            scanned("Cinta adhesiva transparente 18 mm", 1_800, STANDARD, OFFICE),
            scanned("Engrapadora estándar", 9_500, STANDARD, OFFICE),
            scanned("Calculadora básica 8 dígitos", 12_000, STANDARD, OFFICE),
            scanned("Memoria USB 32 GB", 15_900, STANDARD, OFFICE),
            loose("Copia blanco y negro", 150, STANDARD, SERVICES),
            loose("Copia a color", 600, STANDARD, SERVICES),
            loose("Impresión blanco y negro", 300, STANDARD, SERVICES),
            loose("Impresión a color", 1_000, STANDARD, SERVICES),
            loose("Escaneo", 500, STANDARD, SERVICES),
            loose("Engargolado", 3_500, STANDARD, SERVICES),
            loose("Enmicado tamaño credencial", 1_000, STANDARD, SERVICES),
            loose("Enmicado tamaño carta", 2_500, STANDARD, SERVICES),
            loose("Cartulina blanca", 900, STANDARD, PAPER),
            loose("Papel china (pliego)", 300, STANDARD, PAPER),
            loose("Foami tamaño carta", 800, STANDARD, PAPER),
            loose("Folder tamaño carta", 400, STANDARD, PAPER)));

    private PapeleriaCatalog() {
    }
}
