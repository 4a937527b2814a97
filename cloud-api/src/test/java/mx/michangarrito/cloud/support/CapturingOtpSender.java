package mx.michangarrito.cloud.support;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import mx.michangarrito.cloud.auth.OtpSender;

/** The tests' OTP channel: keeps the last code sent to each phone, as a phone would receive it. */
public final class CapturingOtpSender implements OtpSender {

    private final Map<String, String> lastCode = new ConcurrentHashMap<>();
    private final Map<String, Integer> sent = new ConcurrentHashMap<>();

    @Override
    public void send(String phone, String code, Duration validFor) {
        lastCode.put(phone, code);
        sent.merge(phone, 1, Integer::sum);
    }

    /** The last code sent to {@code phone} (E.164); fails if none was sent. */
    public String lastCode(String phone) {
        String code = lastCode.get(phone);
        if (code == null) {
            throw new AssertionError("no code was sent to " + phone);
        }
        return code;
    }

    public int sentTo(String phone) {
        return sent.getOrDefault(phone, 0);
    }
}
