package mx.michangarrito.hardware.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.michangarrito.hardware.device.WeightStatus;

/** The plain "digits, point, CR" replies of CAS scales: a minus sign means below zero. */
final class DecimalReplies {

    private static final Pattern WEIGHT = Pattern.compile(" *(-)? *([0-9]{1,6}\\.[0-9]{1,4}|[0-9]{1,6}) *(?:kg|KG)? *");

    private DecimalReplies() {
    }

    static ScaleReply decode(byte[] frame) throws MalformedReplyException {
        String text = new String(frame, StandardCharsets.US_ASCII);
        Matcher m = WEIGHT.matcher(text);
        if (!m.matches()) {
            throw new MalformedReplyException("not a weight: \"" + text + "\"");
        }
        BigDecimal kg = new BigDecimal(m.group(2));
        return m.group(1) == null
                ? ScaleReply.of(WeightStatus.STABLE, kg)
                : ScaleReply.of(WeightStatus.NEGATIVE, kg.negate());
    }

    /** {@code 01.234} or {@code -00.120}, then CR. */
    static byte[] encode(BigDecimal kg) {
        BigDecimal value = kg.setScale(3, RoundingMode.HALF_UP);
        String digits = String.format(java.util.Locale.ROOT, "%06.3f", value.abs());
        return ((value.signum() < 0 ? "-" : "") + digits + "\r").getBytes(StandardCharsets.US_ASCII);
    }
}
