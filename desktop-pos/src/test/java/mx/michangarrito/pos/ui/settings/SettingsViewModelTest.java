package mx.michangarrito.pos.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.firstrun.FirstRunViewModel;
import mx.michangarrito.pos.ui.firstrun.TaxZone;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings section's view model, without a stage. */
class SettingsViewModelTest {

    @TempDir
    Path dir;
    TestTerminal fx;
    final List<Appearance> applied = new ArrayList<>();
    SettingsViewModel model;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dir);
        model = new SettingsViewModel(fx.services().settings, Texts.spanish(), new InlineTaskExecutor(), applied::add);
        model.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void businessDataIsSavedUnderTheFirstRunKeysWithTheRfcInUpperCase() {
        model.businessNameProperty().set("  Abarrotes Lupita ");
        model.addressProperty().set("Calle 5 #12, Puebla");
        model.rfcProperty().set("loaa800101ab1");
        model.footerProperty().set("Gracias por su compra");
        model.zoneProperty().set(TaxZone.BORDER);
        model.save();
        assertFalse(model.errorProperty().get(), model.messageProperty().get());
        var settings = fx.services().settings;
        assertEquals(Optional.of("Abarrotes Lupita"), settings.get(FirstRunViewModel.SHOP_NAME));
        assertEquals(Optional.of("LOAA800101AB1"), settings.get(FirstRunViewModel.SHOP_RFC));
        assertEquals(Optional.of("Gracias por su compra"), settings.get(FirstRunViewModel.TICKET_FOOTER));
        assertEquals(Optional.of("BORDER"), settings.get(TaxZone.SETTING));
        assertEquals("Configuración guardada.", model.messageProperty().get());
    }

    @Test
    void aBadRfcIsRefusedAndNothingIsSaved() {
        model.businessNameProperty().set("Abarrotes Lupita");
        model.rfcProperty().set("LOAA801301AB1"); // month 13
        model.save();
        assertTrue(model.errorProperty().get());
        assertTrue(model.messageProperty().get().startsWith("El RFC no es válido."));
        assertEquals(Optional.empty(), fx.services().settings.get(FirstRunViewModel.SHOP_NAME));
    }

    @Test
    void theOwnerTurnsOffTheDrawerOnCashAndTheTicketsSettingsFollow() {
        assertTrue(model.drawerOnCashProperty().get(), "on by default");
        model.businessNameProperty().set("Abarrotes Lupita");
        model.drawerOnCashProperty().set(false);
        model.save();
        assertFalse(model.errorProperty().get(), model.messageProperty().get());
        var settings = fx.services().settings;
        assertEquals(Optional.of("false"), settings.get(ReceiptSettings.DRAWER_ON_CASH));
        assertFalse(ReceiptSettings.load(settings, fx.services().shopZone(), "x").drawerOnCash());
        model.load();
        assertFalse(model.drawerOnCashProperty().get(), "read back when the screen opens again");
        model.drawerOnCashProperty().set(true);
        model.save();
        assertTrue(ReceiptSettings.load(settings, fx.services().shopZone(), "x").drawerOnCash());
    }

    @Test
    void aNewLanguageIsSavedForTheNextStart() {
        model.businessNameProperty().set("Abarrotes Lupita");
        model.languageProperty().set(SettingsViewModel.Language.EN);
        model.save();
        assertEquals(Optional.of("en"), fx.services().settings.get(Appearance.LANGUAGE));
        assertTrue(model.messageProperty().get().contains("la próxima vez que abras el programa"));
        assertEquals(java.util.Locale.ENGLISH, Appearance.locale(fx.services().settings.get(Appearance.LANGUAGE)));
    }

    @Test
    void letterSizeAndContrastApplyAtOnceAndAreKept() {
        model.nextFontSize();
        model.toggleHighContrast();
        assertEquals(List.of(new Appearance(Appearance.FontSize.LARGE, false),
                new Appearance(Appearance.FontSize.LARGE, true)), applied);
        SettingsViewModel again = new SettingsViewModel(fx.services().settings, Texts.spanish(),
                new InlineTaskExecutor(), applied::add);
        again.load();
        assertEquals(new Appearance(Appearance.FontSize.LARGE, true), again.appearanceProperty().get());
        again.nextFontSize();
        again.nextFontSize();
        assertEquals(Appearance.FontSize.NORMAL, again.appearanceProperty().get().fontSize());
    }
}
