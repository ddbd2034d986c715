package io.alpenlock.core.smscode;

import java.util.Optional;

/** What a person typed as an SMS code: {@code 123456}, {@code 123 456}, {@code 123-456}, {@code " 12 34 56 "}. */
public final class SmsCodeInput {

    /** Longer input is not a code (and is not worth hashing). */
    public static final int MAX_INPUT_LENGTH = 64;
    static final int MAX_DIGITS = 16;

    private SmsCodeInput() {
    }

    /**
     * The digits, with spaces (any Unicode space) and dashes ({@code - ‐ ‑ ‒ – — −}) removed wherever they are;
     * empty when anything else is left (letters, other digits than ASCII 0-9, other punctuation), when no digit or
     * more than 16 digits are left, or when the input is null or longer than {@value #MAX_INPUT_LENGTH} characters.
     */
    public static Optional<String> normalise(String input) {
        if (input == null || input.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!isSeparator(c)) {
                return Optional.empty();
            }
        }
        return digits.length() == 0 || digits.length() > MAX_DIGITS ? Optional.empty()
                : Optional.of(digits.toString());
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2212';
    }
}
