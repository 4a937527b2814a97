package mx.michangarrito.pos.ui.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.settings.Rfc;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.firstrun.FirstRunViewModel;
import mx.michangarrito.pos.ui.firstrun.TaxZone;
import mx.michangarrito.pos.ui.task.TaskExecutor;

/**
 * The owner's settings: business data for tickets, the tax zone, whether a cash sale opens the drawer,
 * the language (from the next start), and the letter size and high contrast, which apply at once and are kept.
 */
public final class SettingsViewModel {

    /** The screens' languages. */
    public enum Language { ES, EN }

    static final int MAX_NAME = 80;
    static final int MAX_TEXT = 500;

    private final Settings settings;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final Consumer<Appearance> applyAppearance;
    private final StringProperty businessName = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty rfc = new SimpleStringProperty("");
    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty footer = new SimpleStringProperty("");
    private final ObjectProperty<TaxZone> zone = new SimpleObjectProperty<>(TaxZone.GENERAL);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ES);
    private final BooleanProperty drawerOnCash = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Appearance> appearance = new ReadOnlyObjectWrapper<>(Appearance.DEFAULT);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private Language savedLanguage = Language.ES;

    /** {@code applyAppearance} puts an appearance on the window (the section wires it to the shell's root). */
    public SettingsViewModel(Settings settings, Texts texts, TaskExecutor tasks, Consumer<Appearance> applyAppearance) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.applyAppearance = Objects.requireNonNull(applyAppearance, "applyAppearance");
    }

    /** Reads the stored settings into the form. */
    public void load() {
        Map<String, String> all = settings.startingWith("");
        businessName.set(all.getOrDefault(FirstRunViewModel.SHOP_NAME, ""));
        address.set(all.getOrDefault(FirstRunViewModel.SHOP_ADDRESS, ""));
        rfc.set(all.getOrDefault(FirstRunViewModel.SHOP_RFC, ""));
        header.set(all.getOrDefault(FirstRunViewModel.TICKET_HEADER, ""));
        footer.set(all.getOrDefault(FirstRunViewModel.TICKET_FOOTER, ""));
        zone.set(TaxZone.BORDER.name().equals(all.get(TaxZone.SETTING)) ? TaxZone.BORDER : TaxZone.GENERAL);
        drawerOnCash.set(!"false".equalsIgnoreCase(all.getOrDefault(ReceiptSettings.DRAWER_ON_CASH, "true").strip()));
        savedLanguage = Appearance.locale(Optional.ofNullable(all.get(Appearance.LANGUAGE))).getLanguage().equals("en")
                ? Language.EN : Language.ES;
        language.set(savedLanguage);
        appearance.set(Appearance.of(Optional.ofNullable(all.get(Appearance.FONT_SIZE)),
                Optional.ofNullable(all.get(Appearance.HIGH_CONTRAST))));
        message.set("");
        error.set(false);
    }

    public StringProperty businessNameProperty() {
        return businessName;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty rfcProperty() {
        return rfc;
    }

    public StringProperty headerProperty() {
        return header;
    }

    public StringProperty footerProperty() {
        return footer;
    }

    public ObjectProperty<TaxZone> zoneProperty() {
        return zone;
    }

    /** Whether a sale paid (partly) in cash opens the drawer (the next sale follows the saved choice). */
    public BooleanProperty drawerOnCashProperty() {
        return drawerOnCash;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ReadOnlyObjectProperty<Appearance> appearanceProperty() {
        return appearance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Normal → large → extra large → normal, applied now and kept. */
    public void nextFontSize() {
        Appearance now = appearance.get();
        changeAppearance(new Appearance(now.fontSize().next(), now.highContrast()));
    }

    /** High contrast on or off, applied now and kept. */
    public void toggleHighContrast() {
        Appearance now = appearance.get();
        changeAppearance(new Appearance(now.fontSize(), !now.highContrast()));
    }

    private void changeAppearance(Appearance next) {
        appearance.set(next);
        applyAppearance.accept(next);
        tasks.execute(() -> {
            settings.putAll(Map.of(Appearance.FONT_SIZE, next.fontSize().name(),
                    Appearance.HIGH_CONTRAST, String.valueOf(next.highContrast())));
            return next;
        }, saved -> ok(texts.get("settings.appearance.saved", texts.get(saved.fontSize().textKey()),
                texts.get(saved.highContrast() ? "settings.contrast.on" : "settings.contrast.off"))),
                failure -> fail(texts.error(failure)));
    }

    /** Checks and saves the business data, tax zone, drawer choice and language. */
    public void save() {
        String name = strip(businessName.get());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            fail(texts.get("firstrun.error.business-name"));
            return;
        }
        String typedRfc = strip(rfc.get());
        Optional<String> validRfc = Rfc.parse(typedRfc);
        if (!typedRfc.isEmpty() && validRfc.isEmpty()) {
            fail(texts.get("settings.error.rfc"));
            return;
        }
        for (String text : new String[] {address.get(), header.get(), footer.get()}) {
            if (strip(text).length() > MAX_TEXT) {
                fail(texts.get("settings.error.too-long", MAX_TEXT));
                return;
            }
        }
        Map<String, String> values = new HashMap<>();
        values.put(FirstRunViewModel.SHOP_NAME, name);
        values.put(FirstRunViewModel.SHOP_ADDRESS, strip(address.get()));
        values.put(FirstRunViewModel.SHOP_RFC, validRfc.orElse(""));
        values.put(FirstRunViewModel.TICKET_HEADER, strip(header.get()));
        values.put(FirstRunViewModel.TICKET_FOOTER, strip(footer.get()));
        values.put(TaxZone.SETTING, zone.get().name());
        values.put(ReceiptSettings.DRAWER_ON_CASH, String.valueOf(drawerOnCash.get()));
        Language chosen = language.get();
        values.put(Appearance.LANGUAGE, chosen.name().toLowerCase(java.util.Locale.ROOT));
        tasks.execute(() -> {
            settings.putAll(values);
            return chosen;
        }, saved -> {
            rfc.set(validRfc.orElse(""));
            ok(texts.get(saved == savedLanguage ? "settings.saved" : "settings.saved.language"));
            savedLanguage = saved;
        }, failure -> fail(texts.error(failure)));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private void ok(String text) {
        message.set(text);
        error.set(false);
    }

    private void fail(String text) {
        message.set(text);
        error.set(true);
    }
}
