package mx.michangarrito.hardware.scale;

import mx.michangarrito.hardware.device.Parity;
import mx.michangarrito.hardware.device.SerialSettings;
import mx.michangarrito.hardware.device.FlowControl;
import mx.michangarrito.hardware.device.StopBits;

/**
 * CAS PD-II, 9600 7E1: {@code W} asks for the weight; the reply is ASCII digits and a point ending in
 * CR. The protocol carries no motion or overload flag and no zero or tare command; a minus sign reads
 * as {@link mx.michangarrito.hardware.device.WeightStatus#NEGATIVE}.
 */
public record CasPd2() implements CasProtocol {

    @Override
    public String id() {
        return "cas-pd2";
    }

    @Override
    public SerialSettings serialSettings() {
        return new SerialSettings(9600, 7, Parity.EVEN, StopBits.ONE, FlowControl.NONE);
    }

    @Override
    public byte[] weightRequest() {
        return new byte[] {'W'};
    }
}
