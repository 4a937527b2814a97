package mx.michangarrito.hardware.scale;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.michangarrito.hardware.device.SerialSettings;
import mx.michangarrito.hardware.device.WeightStatus;

/**
 * A scale whose protocol is set by hand (Torrey and other models without a public manual): a request
 * string and a regular expression for the reply (without its CR). The expression must have a named
 * group {@code weight} (digits, optional point and sign); optional groups {@code motion} and
 * {@code overload} mark those states when they take part in the match. A negative weight reads as
 * {@link WeightStatus#NEGATIVE}.
 *
 * @param request        what to send, e.g. {@code "P\r"}
 * @param reply          the reply pattern, e.g. {@code " *(?<weight>-?[0-9.]+) ?kg(?<motion>\\?)?"}
 * @param unit           what the scale sends: kilograms or grams
 * @param replyTemplate  how the simulator writes a stable reply: {@link String#format} with the weight in
 *                       the scale's unit as {@code %s}, CR appended
 * @param serialSettings the port settings of the model
 */
public record GenericScaleProtocol(String request, Pattern reply, Unit unit, String replyTemplate,
        SerialSettings serialSettings) implements ScaleProtocol {

    /** The unit a configured scale sends its weight in. */
    public enum Unit {
        /** Kilograms, e.g. {@code 1.250}. */
        KILOGRAMS,
        /** Grams, e.g. {@code 1250}. */
        GRAMS
    }

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the pattern has no {@code weight} group or the request is empty
     */
    public GenericScaleProtocol {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(replyTemplate, "replyTemplate");
        Objects.requireNonNull(serialSettings, "serialSettings");
        if (request.isEmpty()) {
            throw new IllegalArgumentException("the request is empty");
        }
        if (!reply.namedGroups().containsKey("weight")) {
            throw new IllegalArgumentException("the reply pattern needs a named group 'weight': " + reply);
        }
    }

    @Override
    public String id() {
        return "generic";
    }

    @Override
    public byte[] weightRequest() {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public ScaleReply decode(byte[] frame) throws MalformedReplyException {
        String text = new String(frame, StandardCharsets.ISO_8859_1);
        Matcher m = reply.matcher(text);
        if (!m.matches()) {
            throw new MalformedReplyException("\"" + text + "\" does not match " + reply);
        }
        if (matched(m, "overload")) {
            return ScaleReply.statusOnly(WeightStatus.OVERLOAD);
        }
        BigDecimal kg;
        try {
            BigDecimal value = new BigDecimal(m.group("weight").strip());
            kg = unit == Unit.GRAMS ? value.movePointLeft(3) : value;
        } catch (NumberFormatException | NullPointerException e) {
            throw new MalformedReplyException("no number in the weight group of \"" + text + "\"");
        }
        if (matched(m, "motion")) {
            return ScaleReply.of(WeightStatus.MOTION, kg);
        }
        return ScaleReply.of(kg.signum() < 0 ? WeightStatus.NEGATIVE : WeightStatus.STABLE, kg);
    }

    @Override
    public byte[] encode(ScaleReply reply) {
        BigDecimal kg = reply.kilograms().orElse(BigDecimal.ZERO);
        String weight = unit == Unit.GRAMS ? kg.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString()
                : kg.setScale(3, java.math.RoundingMode.HALF_UP).toPlainString();
        return (String.format(Locale.ROOT, replyTemplate, weight) + "\r").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean matched(Matcher m, String group) {
        return m.pattern().namedGroups().containsKey(group) && m.group(group) != null;
    }
}
