package io.alpenlock.core.smscode;

import java.util.Objects;

/**
 * A code just issued: {@code code} goes into the SMS and nowhere else (no log, no event, no page); {@code issued} is
 * what the caller stores, as {@link #note()}. {@link #toString()} hides the code.
 */
public record NewSmsCode(String code, IssuedSmsCode issued) {

    public NewSmsCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(issued, "issued");
    }

    /** The authentication-session note value (no code in it). */
    public String note() {
        return issued.serialize();
    }

    @Override
    public String toString() {
        return "NewSmsCode[code=(hidden), issued=" + issued + "]";
    }
}
