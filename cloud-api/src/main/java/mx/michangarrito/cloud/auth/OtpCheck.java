package mx.michangarrito.cloud.auth;

/** The result of checking a one-time code. */
public enum OtpCheck {
    /** The code is right; the challenge is still open until {@link OtpService#consume}. */
    VALID,
    /** Wrong code; the attempt was counted. */
    WRONG,
    /** No open code for this phone (never sent, expired, or used). */
    NONE,
    /** Too many wrong attempts: this code is dead, ask for a new one. */
    LOCKED
}
