package mx.michangarrito.hardware.scale;

import java.math.BigDecimal;

/**
 * The CAS models, which differ only in port settings and the request byte: the reply is ASCII digits
 * and a point ending in CR, with no motion or overload flag and no zero or tare command; a minus sign
 * reads as {@link mx.michangarrito.hardware.device.WeightStatus#NEGATIVE}.
 */
public sealed interface CasProtocol extends ScaleProtocol permits CasPd2, CasEsp {

    @Override
    default ScaleReply decode(byte[] frame) throws MalformedReplyException {
        return DecimalReplies.decode(frame);
    }

    @Override
    default byte[] encode(ScaleReply reply) {
        return DecimalReplies.encode(reply.kilograms().orElse(BigDecimal.ZERO));
    }
}
