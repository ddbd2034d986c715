package io.alpenlock.authenticators.sms;

import java.util.Optional;

import io.alpenlock.core.phone.E164Number;
import org.keycloak.models.UserModel;

/**
 * Where a user's mobile number lives: the user-profile attributes {@value #PHONE_NUMBER} (E.164, e.g.
 * {@code +41791234567}) and {@value #PHONE_NUMBER_VERIFIED} ({@code true} once proved by an SMS code).
 */
public final class PhoneAttributes {

    public static final String PHONE_NUMBER = "phoneNumber";
    public static final String PHONE_NUMBER_VERIFIED = "phoneNumberVerified";
    /**
     * Theme keys of the attributes' display names in the realm's user profile ({@code ${alpenlockPhoneLabel}},
     * {@code ${alpenlockPhoneVerifiedLabel}}), in the login and account themes.
     */
    public static final String PHONE_NUMBER_LABEL = "alpenlockPhoneLabel";
    public static final String PHONE_NUMBER_VERIFIED_LABEL = "alpenlockPhoneVerifiedLabel";

    private PhoneAttributes() {
    }

    /** The user's number when it is a valid E.164 number, verified or not. */
    public static Optional<E164Number> number(UserModel user) {
        return Optional.ofNullable(user.getFirstAttribute(PHONE_NUMBER)).flatMap(E164Number::parse);
    }

    /** The user's number when it was proved by an SMS code. */
    public static Optional<E164Number> verifiedNumber(UserModel user) {
        return "true".equals(user.getFirstAttribute(PHONE_NUMBER_VERIFIED)) ? number(user) : Optional.empty();
    }

    static void setVerified(UserModel user, E164Number number) {
        user.setSingleAttribute(PHONE_NUMBER, number.value());
        user.setSingleAttribute(PHONE_NUMBER_VERIFIED, "true");
    }
}
