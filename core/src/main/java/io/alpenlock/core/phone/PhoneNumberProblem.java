package io.alpenlock.core.phone;

/** Why {@link PhoneNumbers#normalise} refused an input. Each has a theme message key that may be shown to the user. */
public enum PhoneNumberProblem {

    /** Nothing was entered. */
    EMPTY("alpenlockPhoneEmpty"),
    /**
     * Not a phone number: letters (including vanity numbers such as 1-800-FLOWERS), extensions, other characters
     * than digits, spaces, {@code + ( ) - . /}, or more than {@value PhoneNumbers#MAX_INPUT_LENGTH} characters.
     */
    NOT_A_NUMBER("alpenlockPhoneNotANumber"),
    /** Looks like a number but is not a valid one for its country (wrong length, unknown prefix or country code). */
    INVALID("alpenlockPhoneInvalid"),
    /** A valid number of a country that is not in the policy's allow-list. */
    COUNTRY_NOT_ALLOWED("alpenlockPhoneCountryNotAllowed"),
    /**
     * A valid number that cannot receive SMS as far as libphonenumber knows: fixed line, premium rate, toll free,
     * shared cost, VoIP, pager, personal/universal numbers, voicemail.
     */
    CANNOT_RECEIVE_SMS("alpenlockPhoneCannotReceiveSms");

    private final String messageKey;

    PhoneNumberProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Theme message key ({@code messages_<lang>.properties} of the {@code alpenlock} theme). */
    public String messageKey() {
        return messageKey;
    }
}
