package mx.michangarrito.hardware.payment;

/** What the terminal is asked to do with the amount. */
public enum TransactionType {
    /** Charge the card: type {@code '0'} (debit). */
    SALE('0'),
    /** Give money back to the card: type {@code '2'}. */
    REFUND('2');

    private final char code;

    TransactionType(char code) {
        this.code = code;
    }

    /**
     * The type byte of the request.
     *
     * @return {@code '0'} or {@code '2'}
     */
    public char code() {
        return code;
    }

    static TransactionType fromCode(char code) throws ConcertFrameException {
        for (TransactionType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new ConcertFrameException("unknown transaction type '" + code + "'");
    }
}
