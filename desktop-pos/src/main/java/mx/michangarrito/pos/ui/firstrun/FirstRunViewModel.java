package mx.michangarrito.pos.ui.firstrun;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mx.michangarrito.pos.demo.DemoShop;
import mx.michangarrito.pos.demo.ShopType;
import mx.michangarrito.pos.device.PrinterSwitch;
import mx.michangarrito.pos.settings.Rfc;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.UserService;

/**
 * The first-run assistant: the business's name and type, address, RFC and tax zone, the ticket's header and
 * footer, the receipt printer with a test print, the owner and their PIN, optionally the starter catalog of the
 * business's type (abarrotes, papelería or farmacia). Only the name, the type, the zone and the owner are
 * required. On success the owner is logged in.
 */
public final class FirstRunViewModel {

    /** The setting with the business name, as tickets and the title bar show it. */
    public static final String SHOP_NAME = "shop.name";
    /** The setting with the business's address, printed under the name on tickets. */
    public static final String SHOP_ADDRESS = "shop.address";
    /** The setting with the business's RFC (optional; upper case, checked by {@code settings.Rfc}). */
    public static final String SHOP_RFC = "shop.rfc";
    /** The setting with the ticket's header text (lines above the items). */
    public static final String TICKET_HEADER = "ticket.header";
    /** The setting with the ticket's footer text (e.g. "Gracias por su compra"). */
    public static final String TICKET_FOOTER = "ticket.footer";

    /** The setting that marks a demo shop ("true"), made with F9 on the first run; the login then shows its PIN. */
    public static final String SHOP_DEMO = "shop.demo";
    /** The demo owner's PIN, shown on the first-run screen and on the login of a demo shop: nothing hidden. */
    public static final String DEMO_PIN = "1234";

    /** The longest address, header or footer kept (as in the settings screen). */
    static final int MAX_TEXT = 500;

    private final UserService users;
    private final Settings settings;
    private final DemoShop demoShop;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final Consumer<Operator> onDone;

    private final StringProperty businessName = new SimpleStringProperty("");
    private final ObjectProperty<TaxZone> zone = new SimpleObjectProperty<>(TaxZone.GENERAL);
    private final ObjectProperty<ShopType> shopType = new SimpleObjectProperty<>(ShopType.ABARROTES);
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty rfc = new SimpleStringProperty("");
    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty footer = new SimpleStringProperty("");
    private FirstRunPrinter printer;
    private final StringProperty ownerName = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty pinAgain = new SimpleStringProperty("");
    private final BooleanProperty sampleCatalog = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public FirstRunViewModel(UserService users, Settings settings, DemoShop demoShop, Texts texts, TaskExecutor tasks,
            Consumer<Operator> onDone) {
        this.users = Objects.requireNonNull(users, "users");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.demoShop = Objects.requireNonNull(demoShop, "demoShop");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onDone = Objects.requireNonNull(onDone, "onDone");
    }

    public StringProperty businessNameProperty() {
        return businessName;
    }

    /** The business's address (optional), printed under its name on tickets. */
    public StringProperty addressProperty() {
        return address;
    }

    /** The RFC (optional); checked when typed. */
    public StringProperty rfcProperty() {
        return rfc;
    }

    /** Lines above the items on every ticket (optional). */
    public StringProperty headerProperty() {
        return header;
    }

    /** Lines under the total on every ticket (optional), e.g. "Gracias por su compra". */
    public StringProperty footerProperty() {
        return footer;
    }

    /** Offers the printer choice with a test print; without it the printer stays as configured. */
    public void offerPrinters(PrinterSwitch printers) {
        printer = new FirstRunPrinter(printers, texts);
    }

    /** The printer choice, when offered. */
    public Optional<FirstRunPrinter> printer() {
        return Optional.ofNullable(printer);
    }

    public ObjectProperty<TaxZone> zoneProperty() {
        return zone;
    }

    /** The kind of business (saved as {@link ShopType#SETTING}); it decides which starter catalog is loaded. */
    public ObjectProperty<ShopType> shopTypeProperty() {
        return shopType;
    }

    /** The bundle key of how a business type reads on the form. */
    public static String textKey(ShopType type) {
        return "firstrun.shop-type." + type.name().toLowerCase(Locale.ROOT);
    }

    public StringProperty ownerNameProperty() {
        return ownerName;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty pinAgainProperty() {
        return pinAgain;
    }

    public BooleanProperty sampleCatalogProperty() {
        return sampleCatalog;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Checks the form, saves the business, creates the owner and logs them in. */
    public void finish() {
        if (busy.get()) {
            return;
        }
        String shop = businessName.get() == null ? "" : businessName.get().strip();
        if (shop.isEmpty() || shop.length() > 80) {
            message.set(texts.get("firstrun.error.business-name"));
            return;
        }
        String typedRfc = strip(rfc.get());
        Optional<String> validRfc = Rfc.parse(typedRfc);
        if (!typedRfc.isEmpty() && validRfc.isEmpty()) {
            message.set(texts.get("settings.error.rfc"));
            return;
        }
        Map<String, String> business = new HashMap<>();
        business.put(SHOP_NAME, shop);
        business.put(SHOP_ADDRESS, strip(address.get()));
        business.put(SHOP_RFC, validRfc.orElse(""));
        business.put(TICKET_HEADER, strip(header.get()));
        business.put(TICKET_FOOTER, strip(footer.get()));
        for (String text : business.values()) {
            if (text.length() > MAX_TEXT) {
                message.set(texts.get("settings.error.too-long", MAX_TEXT));
                return;
            }
        }
        if (zone.get() == null) {
            message.set(texts.get("firstrun.error.zone"));
            return;
        }
        if (shopType.get() == null) {
            message.set(texts.get("firstrun.error.shop-type"));
            return;
        }
        if (!Objects.equals(pin.get(), pinAgain.get())) {
            message.set(texts.get("firstrun.error.pin-mismatch"));
            return;
        }
        String owner = ownerName.get();
        String ownerPin = pin.get();
        TaxZone chosenZone = zone.get();
        ShopType type = shopType.get();
        business.put(TaxZone.SETTING, chosenZone.name());
        business.put(ShopType.SETTING, type.name());
        createShop(owner, ownerPin, business, type, sampleCatalog.get() ? Optional.of(chosenZone) : Optional.empty());
    }

    /** Whether this shop was made as a demo (setting {@link #SHOP_DEMO}). */
    public static boolean isDemo(Settings settings) {
        return settings.get(SHOP_DEMO).map("true"::equals).orElse(false);
    }

    /** What the demo key says it makes: the shop, the owner and their PIN, and that the PIN should change. */
    public String demoNote() {
        return texts.get("firstrun.demo.note", texts.get("firstrun.demo.shop-name"), texts.get("firstrun.demo.owner"),
                DEMO_PIN);
    }

    /**
     * One step to try the app: a demo shop ("Tienda de demostración", general IVA) with the abarrotes sample catalog,
     * the demo owner with the PIN {@link #DEMO_PIN}, marked {@link #SHOP_DEMO}; the owner is logged in.
     * The printer stays as chosen (the simulated one on a fresh machine). Whatever was typed in the form is ignored.
     */
    public void startDemo() {
        if (busy.get()) {
            return;
        }
        Map<String, String> business = new HashMap<>();
        business.put(SHOP_NAME, texts.get("firstrun.demo.shop-name"));
        business.put(TaxZone.SETTING, TaxZone.GENERAL.name());
        business.put(SHOP_DEMO, "true");
        business.put(ShopType.SETTING, ShopType.ABARROTES.name());
        createShop(texts.get("firstrun.demo.owner"), DEMO_PIN, business, ShopType.ABARROTES,
                Optional.of(TaxZone.GENERAL));
    }

    /**
     * Off the FX thread: the owner, the shop's settings and, with {@code samplesIn}, the starter catalog of
     * {@code type} at that zone's rate; then the owner is logged in, the chosen printer saved and {@link #onDone} told.
     */
    private void createShop(String owner, String pin, Map<String, String> business, ShopType type,
            Optional<TaxZone> samplesIn) {
        busy.set(true);
        message.set("");
        tasks.execute(() -> {
            var created = users.createUser(null, owner, Role.OWNER, pin);
            settings.putAll(business);
            samplesIn.ifPresent(zone -> demoShop.load(type, zone.standardRate()));
            return users.login(created.id(), pin);
        }, operator -> {
            busy.set(false);
            if (printer != null) {
                printer.save(settings);
            }
            onDone.accept(operator);
        }, failure -> {
            busy.set(false);
            message.set(texts.error(failure));
        });
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
