package mx.michangarrito.hardware.printer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.PrinterStatus;
import mx.michangarrito.hardware.drawer.DrawerOutcome;
import mx.michangarrito.hardware.drawer.PrinterCashDrawer;
import mx.michangarrito.hardware.output.OutputDevices;
import mx.michangarrito.hardware.receipt.CodeTable;
import mx.michangarrito.hardware.receipt.ReceiptProfile;
import mx.michangarrito.hardware.receipt.TestTicket;
import mx.michangarrito.hardware.sim.Simulators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real printer, opt-in: excluded by the {@code hardware} tag unless Maven runs with
 * {@code -Dhardware.excludedGroups=}, and skipped unless {@code -Dpos.test.printer=<address>} (or the
 * environment variable {@code POS_TEST_PRINTER}) names one. Optional: {@code -Dpos.test.width=58},
 * {@code -Dpos.test.codepage=wpc1252}, {@code -Dpos.test.drawer=true}. A person checks the paper.
 */
@Tag("hardware")
class RealPrinterTest {

    private static String setting(String property, String environment, String otherwise) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? otherwise : value;
    }

    @Test
    void aRealPrinterPrintsTheTestPageAndAnswersItsStatus() {
        String address = setting("pos.test.printer", "POS_TEST_PRINTER", "");
        assumeTrue(!address.isEmpty(), "no real printer named in pos.test.printer / POS_TEST_PRINTER");
        ReceiptProfile profile = ReceiptProfile.forPaper(Integer.parseInt(setting("pos.test.width", "POS_TEST_WIDTH", "80")))
                .withCodeTable(CodeTable.parse(setting("pos.test.codepage", "POS_TEST_CODEPAGE", "cp858")));
        PrinterSettings settings = new PrinterSettings(profile, PrinterSettings.forPaper(80).drawerPolarity(), Duration.ofSeconds(2));

        try (Simulators simulators = new Simulators(); // lets -Dpos.test.printer=sim: try this test without a printer
                ReceiptPrinter printer = new OutputDevices(simulators, Clock.systemUTC())
                        .printer("impresora", DeviceUri.parse(address), settings)) {
            printer.start(Duration.ofSeconds(3));
            Optional<PrinterStatus> status = printer.readStatus();
            assertTrue(status.isEmpty() || status.get().readyToPrint(), status.toString());

            printer.print(TestTicket.document(profile));
            printer.readStatus();

            if (Boolean.parseBoolean(setting("pos.test.drawer", "POS_TEST_DRAWER", "false"))) {
                assertTrue(new PrinterCashDrawer(printer).kick() != DrawerOutcome.FAILED);
            }
        }
    }
}
