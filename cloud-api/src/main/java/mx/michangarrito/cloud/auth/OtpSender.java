package mx.michangarrito.cloud.auth;

import java.time.Duration;

/**
 * Delivers a one-time login code to a phone. The log sender serves dev mode; the WhatsApp sender comes
 * with the WhatsApp issue.
 */
public interface OtpSender {

    /**
     * @param phone    E.164 phone number
     * @param code     the 6-digit code
     * @param validFor how long the code works
     */
    void send(String phone, String code, Duration validFor);
}
