package io.alpenlock.core.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phone numbers as people type them, checked with Google's libphonenumber (shaded into this jar; none of its types
 * appear in this API). Stateless; libphonenumber's metadata is read once per JVM from class-path resources.
 */
public final class PhoneNumbers {

    /** Longer input is not a phone number (E.164 has at most 15 digits; this leaves room for separators). */
    public static final int MAX_INPUT_LENGTH = 40;
    /** What is shown instead of a hidden digit. */
    public static final char MASK = '•';

    /**
     * An optional leading {@code +}, then digits and the separators people use ({@code ( ) - . /}, spaces including
     * no-break and thin spaces). No letters, so no extensions ("ext. 12") and no vanity numbers.
     */
    private static final Pattern INPUT = Pattern.compile("\\+?[0-9 ()./\\-\\u00A0\\u2009\\u202F]+");
    /** libphonenumber's code for non-geographic numbers (+800, +808, +870, ...). */
    private static final String NON_GEOGRAPHIC = "001";
    /** Types that reach a mobile phone; FIXED_LINE_OR_MOBILE is where the numbering plan cannot tell (e.g. +1). */
    private static final Set<PhoneNumberType> CAN_RECEIVE_SMS =
            Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * Turns what a person typed ({@code 079 123 45 67}, {@code +41 (0)79 123 45 67}, {@code 0041791234567},
     * {@code +49 1512 3456789}) into an E.164 number, or says why it cannot be used for SMS. Numbers without
     * {@code +} or an international prefix belong to the policy's default region. Checks, in this order: not
     * {@link PhoneNumberProblem#EMPTY empty}, {@link PhoneNumberProblem#NOT_A_NUMBER a number}, its country code
     * belongs to an {@link PhoneNumberProblem#COUNTRY_NOT_ALLOWED allowed country}, {@link PhoneNumberProblem#INVALID
     * valid}, its exact region is allowed (+39 06 698… is the Vatican, not Italy), and it
     * {@link PhoneNumberProblem#CANNOT_RECEIVE_SMS can receive SMS} (mobile, or fixed-line-or-mobile where the
     * numbering plan does not tell them apart).
     */
    public static PhoneNumberResult normalise(String input, PhoneNumberPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (input == null || input.isBlank()) {
            return new PhoneNumberResult.Rejected(PhoneNumberProblem.EMPTY);
        }
        // libphonenumber knows the no-break space but not the (narrow) thin spaces some keyboards and pastes produce
        String text = input.strip().replace('\u2009', ' ').replace('\u202F', ' ');
        if (text.length() > MAX_INPUT_LENGTH || !INPUT.matcher(text).matches()
                || text.chars().noneMatch(Character::isDigit)) {
            return new PhoneNumberResult.Rejected(PhoneNumberProblem.NOT_A_NUMBER);
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(text, policy.defaultRegion());
        } catch (NumberParseException e) {
            return new PhoneNumberResult.Rejected(e.getErrorType() == NumberParseException.ErrorType.NOT_A_NUMBER
                    ? PhoneNumberProblem.NOT_A_NUMBER : PhoneNumberProblem.INVALID);
        }
        if (number.hasExtension()) {
            return new PhoneNumberResult.Rejected(PhoneNumberProblem.NOT_A_NUMBER);
        }
        if (UTIL.getRegionCodesForCountryCode(number.getCountryCode()).stream().noneMatch(policy::allows)) {
            return new PhoneNumberResult.Rejected(PhoneNumberProblem.COUNTRY_NOT_ALLOWED);
        }
        if (!UTIL.isValidNumber(number)) {
            return new PhoneNumberResult.Rejected(PhoneNumberProblem.INVALID);
        }
        String region = UTIL.getRegionCodeForNumber(number);
        if (!policy.allows(region)) {
            return new PhoneNumberResult.Rejected(PhoneNumberProblem.COUNTRY_NOT_ALLOWED);
        }
        if (!CAN_RECEIVE_SMS.contains(UTIL.getNumberType(number))) {
            return new PhoneNumberResult.Rejected(PhoneNumberProblem.CANNOT_RECEIVE_SMS);
        }
        return new PhoneNumberResult.Valid(new E164Number(UTIL.format(number, PhoneNumberFormat.E164)), region);
    }

    /**
     * For display: the number in international format with every digit hidden except the country code and the last
     * two, e.g. {@code +41 •• ••• •• 67}, {@code +49 •••• •••••89}, {@code +1 •••-•••-••23}. When libphonenumber
     * cannot read the number (unknown country code), only the last two digits are shown ({@code +•• ••• •• 67}).
     */
    public static String mask(E164Number number) {
        Objects.requireNonNull(number, "number");
        String e164 = number.value();
        String lastTwo = e164.substring(e164.length() - 2);
        PhoneNumber parsed = parseE164(e164).orElse(null);
        if (parsed == null) {
            return "+" + MASK + MASK + " " + MASK + MASK + MASK + " " + MASK + MASK + " " + lastTwo;
        }
        String countryCode = "+" + parsed.getCountryCode();
        String formatted = UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL);
        if (!formatted.startsWith(countryCode)) {
            return countryCode + " " + MASK + MASK + MASK + " " + lastTwo;
        }
        String rest = formatted.substring(countryCode.length());
        int digits = (int) rest.chars().filter(c -> c >= '0' && c <= '9').count();
        StringBuilder masked = new StringBuilder(countryCode);
        int seen = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c >= '0' && c <= '9') {
                seen++;
                masked.append(seen > digits - 2 ? c : MASK);
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    /**
     * The ISO 3166-1 region of a number (e.g. {@code CH}; {@code US} or {@code CA} for +1 numbers), or empty when it
     * is not valid or belongs to no country (+800 and other non-geographic numbers).
     */
    public static Optional<String> region(E164Number number) {
        Objects.requireNonNull(number, "number");
        return parseE164(number.value()).filter(UTIL::isValidNumber).map(UTIL::getRegionCodeForNumber)
                .filter(region -> !NON_GEOGRAPHIC.equals(region) && !"ZZ".equals(region));
    }

    private static Optional<PhoneNumber> parseE164(String e164) {
        try {
            return Optional.of(UTIL.parse(e164, null));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
