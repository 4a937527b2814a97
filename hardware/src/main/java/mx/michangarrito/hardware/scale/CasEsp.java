package mx.michangarrito.hardware.scale;

import mx.michangarrito.hardware.device.Parity;
import mx.michangarrito.hardware.device.SerialSettings;
import mx.michangarrito.hardware.device.FlowControl;
import mx.michangarrito.hardware.device.StopBits;

/**
 * CAS (Samsung) ESP, 4800 8O1: {@code $} asks for the weight; the reply is ASCII digits and a point ending in
 * CR. The protocol carries no motion or overload flag and no zero or tare command; a minus sign reads
 * as {@link mx.michangarrito.hardware.device.WeightStatus#NEGATIVE}.
 */
public record CasEsp() implements CasProtocol {

    @Override
    public String id() {
        return "cas-esp";
    }

    @Override
    public SerialSettings serialSettings() {
        return new SerialSettings(4800, 8, Parity.ODD, StopBits.ONE, FlowControl.NONE);
    }

    @Override
    public byte[] weightRequest() {
        return new byte[] {'$'};
    }
}
