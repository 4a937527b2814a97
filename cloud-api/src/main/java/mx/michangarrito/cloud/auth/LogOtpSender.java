package mx.michangarrito.cloud.auth;

import java.time.Duration;

/**
 * Dev mode's sender: writes the code to the service log so a developer can log in without WhatsApp.
 * The only place a code is ever logged; never wire it where real customers log in.
 */
public final class LogOtpSender implements OtpSender {

    private static final System.Logger LOG = System.getLogger(LogOtpSender.class.getName());

    @Override
    public void send(String phone, String code, Duration validFor) {
        LOG.log(System.Logger.Level.WARNING, () -> "DEV one-time code for " + phone + ": " + code
                + " (valid " + validFor.toMinutes() + " min; dev sender, not delivered to the phone)");
    }
}
