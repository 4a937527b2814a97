package mx.michangarrito.hardware.bluetooth;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.bluetooth.DeviceClass;
import javax.bluetooth.DiscoveryAgent;
import javax.bluetooth.DiscoveryListener;
import javax.bluetooth.LocalDevice;
import javax.bluetooth.RemoteDevice;
import javax.bluetooth.ServiceRecord;
import javax.bluetooth.UUID;

/** The real {@link BluetoothStack}: BlueCove's JSR-82 {@link DiscoveryAgent}. */
final class BlueCoveStack implements BluetoothStack {

    private final Map<String, RemoteDevice> paired = new ConcurrentHashMap<>();

    @Override
    public List<PairedDevice> pairedDevices() throws IOException {
        RemoteDevice[] known = agent().retrieveDevices(DiscoveryAgent.PREKNOWN);
        List<PairedDevice> devices = new ArrayList<>();
        for (RemoteDevice device : known == null ? new RemoteDevice[0] : known) {
            paired.put(device.getBluetoothAddress(), device);
            devices.add(new PairedDevice(friendlyName(device), device.getBluetoothAddress()));
        }
        return devices;
    }

    @Override
    public Search searchSerialPort(String address, Listener listener) throws IOException {
        RemoteDevice device = paired.get(address);
        if (device == null) {
            throw new IOException("Bluetooth device " + address + " is not among the paired devices");
        }
        DiscoveryAgent agent = agent();
        int transaction = agent.searchServices(null, new UUID[] {new UUID(SERIAL_PORT_UUID)}, device,
                new DiscoveryListener() {
                    @Override
                    public void deviceDiscovered(RemoteDevice remote, DeviceClass deviceClass) {
                        // only service searches are started
                    }

                    @Override
                    public void inquiryCompleted(int discType) {
                        // only service searches are started
                    }

                    @Override
                    public void servicesDiscovered(int transId, ServiceRecord[] records) {
                        for (ServiceRecord record : records) {
                            String url = record.getConnectionURL(ServiceRecord.NOAUTHENTICATE_NOENCRYPT, false);
                            if (url != null) {
                                listener.found(url);
                            }
                        }
                    }

                    @Override
                    public void serviceSearchCompleted(int transId, int respCode) {
                        listener.ended(end(respCode));
                    }
                });
        return () -> agent.cancelServiceSearch(transaction);
    }

    private static DiscoveryAgent agent() throws IOException {
        return LocalDevice.getLocalDevice().getDiscoveryAgent();
    }

    private static End end(int respCode) {
        return switch (respCode) {
            case DiscoveryListener.SERVICE_SEARCH_COMPLETED -> End.COMPLETED;
            case DiscoveryListener.SERVICE_SEARCH_NO_RECORDS -> End.NO_RECORDS;
            case DiscoveryListener.SERVICE_SEARCH_DEVICE_NOT_REACHABLE -> End.NOT_REACHABLE;
            case DiscoveryListener.SERVICE_SEARCH_TERMINATED -> End.TERMINATED;
            default -> End.ERROR;
        };
    }

    private static String friendlyName(RemoteDevice device) {
        try {
            String name = device.getFriendlyName(false);
            return name == null || name.isBlank() ? device.getBluetoothAddress() : name;
        } catch (IOException e) {
            return device.getBluetoothAddress();
        }
    }
}
