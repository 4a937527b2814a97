package mx.michangarrito.cloud.http;

import java.util.List;

/** A 409 problem that lists what the caller must choose from (e.g. the shops a phone belongs to). */
public final class ChoiceRequired extends RuntimeException {

    private final String code;
    private final transient List<?> choices;

    public ChoiceRequired(String code, List<?> choices) {
        super(code, null, false, false);
        this.code = code;
        this.choices = List.copyOf(choices);
    }

    public String code() {
        return code;
    }

    public List<?> choices() {
        return choices;
    }
}
