package mx.michangarrito.pos.device;

import java.util.ArrayList;
import java.util.List;
import mx.michangarrito.hardware.device.SpoolerUri;
import mx.michangarrito.hardware.printer.PrintServices;
import mx.michangarrito.hardware.transport.SerialPorts;

/** What devices this computer has, as addresses the device settings take. */
public final class DeviceDiscovery {

    private DeviceDiscovery() {
    }

    /** The serial ports ({@code serial:<port>}) and the system's printers ({@code spooler:<name>}). */
    public static List<String> addresses() {
        List<String> found = new ArrayList<>();
        SerialPorts.system().present().forEach(port -> found.add("serial:" + port.path()));
        PrintServices.names().forEach(name -> found.add(new SpoolerUri(name).toString()));
        return found;
    }
}
