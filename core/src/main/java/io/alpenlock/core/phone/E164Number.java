package io.alpenlock.core.phone;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +41791234567}): {@code +}, a country calling code and at most 15 digits in
 * all. Only the form is checked here; {@link PhoneNumbers#normalise} is what turns user input into a number that is
 * valid, allowed and able to receive SMS. {@link #toString()} is the E.164 text (a phone number is personal data:
 * log {@link #masked()} instead).
 */
public record E164Number(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\+[1-9][0-9]{4,14}");

    /** @throws IllegalArgumentException when {@code value} is not in E.164 form (the message does not quote it) */
    public E164Number {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a phone number in E.164 form (+ and 5 to 15 digits)");
        }
    }

    /** For stored values: the number, or empty when {@code text} is null or not in E.164 form. */
    public static Optional<E164Number> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new E164Number(text)) : Optional.empty();
    }

    /** For display: country code and the last two digits only, e.g. {@code +41 •• ••• •• 67}. */
    public String masked() {
        return PhoneNumbers.mask(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
