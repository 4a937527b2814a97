package mx.michangarrito.pos.fiado;

import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.shared.money.Money;

/**
 * What the owner types for a customer; validated and normalised on construction.
 *
 * @param phone       optional; kept as its 10 Mexican digits (see {@link MexicanPhone})
 * @param creditLimit the most the customer may owe; zero means no fiado unless a manager allows it
 */
public record CustomerDraft(String name, Optional<String> phone, Money creditLimit, Optional<String> note) {

    static final int MAX_NAME = 120;
    static final int MAX_NOTE = 500;

    public CustomerDraft {
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw FiadoException.invalidName(name);
        }
        phone = MexicanPhone.normalise(Objects.requireNonNull(phone, "phone").orElse(null));
        Objects.requireNonNull(creditLimit, "creditLimit");
        if (creditLimit.isNegative()) {
            throw FiadoException.invalidLimit(creditLimit);
        }
        note = cleanNote(note);
    }

    /** A note stripped, empty if blank; refused with NOTE_TOO_LONG above 500 characters. */
    static Optional<String> cleanNote(Optional<String> note) {
        Optional<String> clean = Objects.requireNonNull(note, "note").map(String::strip).filter(n -> !n.isEmpty());
        if (clean.isPresent() && clean.get().length() > MAX_NOTE) {
            throw FiadoException.noteTooLong(clean.get().length(), MAX_NOTE);
        }
        return clean;
    }

    /** A customer with a name and a limit only. */
    public static CustomerDraft of(String name, Money creditLimit) {
        return new CustomerDraft(name, Optional.empty(), creditLimit, Optional.empty());
    }
}
