package mx.michangarrito.pos.selftest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.InvalidDeviceUriException;
import mx.michangarrito.hardware.text.HardwareMessage;
import mx.michangarrito.pos.PosEntities;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.store.SchemaStatus;
import mx.michangarrito.pos.store.StoreException;

/**
 * What {@code --self-test} verifies on a counter PC, so an installer can check it in one command: the
 * bundled Java, the data folder, that the database opens (not in use, not from a newer version, mapping
 * valid) with every migration applied, and the device addresses in the settings.
 *
 * <p>Opening the database is the same as starting the app: an older schema is migrated, as the first start
 * after an upgrade would do. Device addresses are read from the settings named {@code device.*} and
 * checked for form only; no device is contacted.
 */
public final class SelfTest {

    /** Settings with this prefix hold a device address each, e.g. {@code device.receipt-printer}. */
    public static final String DEVICE_SETTING_PREFIX = "device.";

    private SelfTest() {
    }

    /** Runs every check against the data folder {@code dataDir}; never throws for a problem it can name. */
    public static List<Check> run(Path dataDir) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("Java", true, Runtime.version() + " en " + System.getProperty("java.home")));
        int folder = checks.size();
        checks.add(new Check("Carpeta de datos", true, dataDir.toString()));
        try (PosDatabase db = PosDatabase.open(dataDir, PosEntities.all())) {
            checks.add(new Check("Base de datos", true, "se abre y nadie más la usa"));
            checks.add(schema(db.schema()));
            checks.addAll(devices(new Settings(db, Clock.systemUTC()).startingWith(DEVICE_SETTING_PREFIX)));
        } catch (StoreException e) {
            String detail = e.reason() + ": " + e.userMessage().spanish();
            if (e.reason() == StoreException.Reason.DATA_DIR_UNUSABLE) {
                checks.set(folder, new Check("Carpeta de datos", false, detail));
            } else {
                checks.add(new Check("Base de datos", false, detail));
            }
        }
        return checks;
    }

    private static Check schema(SchemaStatus schema) {
        String detail = "versión " + schema.current() + " de " + schema.latestKnown();
        if ("0".equals(schema.found())) {
            detail += " (base de datos nueva)";
        } else if (schema.migrationsApplied() > 0) {
            detail += " (actualizada desde la versión " + schema.found() + ")";
        }
        return new Check("Esquema", schema.upToDate(), detail);
    }

    private static List<Check> devices(Map<String, String> addresses) {
        if (addresses.isEmpty()) {
            return List.of(new Check("Dispositivos", true, "ninguno configurado"));
        }
        List<Check> checks = new ArrayList<>();
        addresses.forEach((name, address) -> checks.add(device(name, address)));
        return checks;
    }

    private static Check device(String name, String address) {
        String subject = "Dispositivo " + name.substring(DEVICE_SETTING_PREFIX.length());
        try {
            DeviceUri uri = DeviceUri.parse(address);
            return new Check(subject, true, uri + (uri.twoWay() ? " (ida y vuelta)" : " (solo envío)")
                    + "; dirección válida, conexión no probada");
        } catch (InvalidDeviceUriException e) {
            return new Check(subject, false, e.message(HardwareMessage.ES_MX));
        }
    }
}
