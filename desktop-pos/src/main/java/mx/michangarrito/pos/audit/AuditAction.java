package mx.michangarrito.pos.audit;

/**
 * What a sensitive action was. Stored by name (VARCHAR(40)), so a constant is never renamed once
 * released; features add their own (a void, a discount above the limit, a drawer opened without a sale).
 */
public enum AuditAction {
    /** A user logged in with the right PIN. */
    LOGIN_OK,
    /** A login was refused: wrong or malformed PIN, locked, inactive or unknown user. */
    LOGIN_FAILED,
    /** Too many wrong PINs in a row locked the user for a while. */
    USER_LOCKED,
    /** A user was created (on first run, the owner created themselves). */
    USER_CREATED,
    /** A user's PIN was changed, by themselves or by an owner. */
    PIN_CHANGED,
    /** A user was deactivated (users are never deleted). */
    USER_DEACTIVATED,
    /** An owner changed a user's role. */
    ROLE_CHANGED,
    /** A manager or owner authorised something above a cashier's rights. */
    OVERRIDE_GRANTED,
    /** An authorisation was refused: wrong PIN, role too low, locked, inactive or unknown user. */
    OVERRIDE_DENIED
}
