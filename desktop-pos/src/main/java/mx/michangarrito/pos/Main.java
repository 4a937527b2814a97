package mx.michangarrito.pos;

/**
 * Starts the counter app. The JavaFX screens arrive with the desktop issue; until then this entry point
 * (the one README, the installer and CI name) says so plainly instead of pretending to run.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String version = Main.class.getPackage().getImplementationVersion();
        System.out.println("MiChangarrito POS " + (version == null ? "(dev)" : version));
        System.out.println("La aplicación de mostrador aún no está construida (not built yet): "
                + "por ahora este paquete contiene la base compartida (dinero, impuestos, códigos de barras).");
    }
}
