package io.alpenlock.core.recovery.idv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.phone.PhoneNumberResult;

/**
 * What a person typed on the "I have access to none of these" form, checked: a full name, a contact e-mail address
 * and/or a mobile number (at least one), and a message of bounded length. Anything that looks like markup
 * ({@code <script>}, {@code <b>}, ...) is refused rather than stored: these texts end up in an administrator's
 * tools. {@link #validate} never throws for bad input; it returns field errors (theme message keys).
 *
 * @param fullName     trimmed, 2 to {@value #MAX_NAME} characters
 * @param contactEmail trimmed, lower-case-insensitive address, or null
 * @param contactPhone E.164 number, or null
 * @param message      trimmed, 1 to {@value #MAX_MESSAGE} characters
 */
public record IdentityVerificationInput(String fullName, String contactEmail, E164Number contactPhone, String message) {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_MESSAGE = 1000;

    public static final String FIELD_NAME = "fullName";
    public static final String FIELD_EMAIL = "contactEmail";
    public static final String FIELD_PHONE = "contactPhone";
    public static final String FIELD_MESSAGE = "message";

    public static final String NAME_MISSING = "alpenlockIdvNameMissing";
    public static final String NAME_TOO_LONG = "alpenlockIdvNameTooLong";
    public static final String EMAIL_INVALID = "alpenlockIdvEmailInvalid";
    public static final String CONTACT_MISSING = "alpenlockIdvContactMissing";
    public static final String MESSAGE_MISSING = "alpenlockIdvMessageMissing";
    public static final String MESSAGE_TOO_LONG = "alpenlockIdvMessageTooLong";
    public static final String MARKUP = "alpenlockIdvNoMarkup";

    /** A tag or comment opener: {@code <a}, {@code </x}, {@code <!--}, {@code <?}. A lone "<" in "I am < 18" is text. */
    private static final Pattern MARKUP_PATTERN = Pattern.compile("<\\s*[/!?a-zA-Z]");
    /** Control characters other than line breaks and tabs (which only the message may hold). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public IdentityVerificationInput {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(message, "message");
        if (contactEmail == null && contactPhone == null) {
            throw new IllegalArgumentException("a contact is needed");
        }
    }

    /** The outcome: the input, or the field errors (field name → message key, in form order). */
    public record Validation(Optional<IdentityVerificationInput> input, Map<String, String> errors) {

        public boolean isValid() {
            return input.isPresent();
        }
    }

    /**
     * Checks the form.
     *
     * @param phones turns what was typed into a mobile number under the realm's phone policy (country allow-list,
     *               SMS-capable numbers)
     */
    public static Validation validate(String fullName, String contactEmail, String contactPhone, String message,
            Function<String, PhoneNumberResult> phones) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = strip(fullName);
        if (name.isEmpty()) {
            errors.put(FIELD_NAME, NAME_MISSING);
        } else if (name.length() > MAX_NAME) {
            errors.put(FIELD_NAME, NAME_TOO_LONG);
        } else if (markup(name) || name.contains("\n") || name.contains("\r") || name.contains("\t")) {
            errors.put(FIELD_NAME, MARKUP);
        }

        String email = strip(contactEmail);
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            errors.put(FIELD_EMAIL, EMAIL_INVALID);
        }

        String phoneText = strip(contactPhone);
        E164Number phone = null;
        if (!phoneText.isEmpty()) {
            PhoneNumberResult result = phones.apply(phoneText);
            if (result instanceof PhoneNumberResult.Valid valid) {
                phone = valid.number();
            } else if (result instanceof PhoneNumberResult.Rejected rejected) {
                errors.put(FIELD_PHONE, rejected.problem().messageKey());
            }
        }
        if (email.isEmpty() && phoneText.isEmpty()) {
            errors.put(FIELD_EMAIL, CONTACT_MISSING);
        }

        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            errors.put(FIELD_MESSAGE, MESSAGE_MISSING);
        } else if (text.length() > MAX_MESSAGE) {
            errors.put(FIELD_MESSAGE, MESSAGE_TOO_LONG);
        } else if (markup(text)) {
            errors.put(FIELD_MESSAGE, MARKUP);
        }
        if (!errors.isEmpty()) {
            return new Validation(Optional.empty(), Map.copyOf(errors));
        }
        return new Validation(Optional.of(new IdentityVerificationInput(name, email.isEmpty() ? null : email, phone,
                text)), Map.of());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean markup(String text) {
        return MARKUP_PATTERN.matcher(text).find() || CONTROL.matcher(text).find();
    }
}
