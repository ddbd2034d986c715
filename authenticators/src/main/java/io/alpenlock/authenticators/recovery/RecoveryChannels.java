package io.alpenlock.authenticators.recovery;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.alpenlock.authenticators.recoveryemail.RecoveryEmailAttributes;
import io.alpenlock.authenticators.sms.PhoneAttributes;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.recovery.ContactMasking;
import io.alpenlock.core.recovery.RecoveryDecoys;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The channels offered for one forgotten-password request, each with the masked contact it goes to. For an
 * identifier that matches no account the offer is made up ({@link RecoveryDecoys}), stable per identifier, so
 * the page looks the same whether or not the account exists.
 */
record RecoveryChannels(Map<RecoveryChannel, String> masked, Optional<E164Number> phone, boolean decoy) {

    /** Realm attribute holding the decoy key (random, made on first use; the same on every node). */
    static final String DECOY_KEY_ATTRIBUTE = "alpenlock.recovery.decoyKey";
    private static final SecureRandom RANDOM = new SecureRandom();

    static RecoveryChannels of(RealmModel realm, UserModel user, String typedIdentifier) {
        Map<RecoveryChannel, String> masked = new LinkedHashMap<>();
        if (user != null) {
            masked.put(RecoveryChannel.EMAIL, ContactMasking.maskEmail(user.getEmail() == null ? "" : user.getEmail()));
            Optional<E164Number> phone = PhoneAttributes.verifiedNumber(user);
            phone.ifPresent(number -> masked.put(RecoveryChannel.SMS, number.masked()));
            RecoveryEmailAttributes.verifiedAddress(user)
                    .ifPresent(address -> masked.put(RecoveryChannel.RECOVERY_EMAIL, ContactMasking.maskEmail(address)));
            return new RecoveryChannels(masked, phone, false);
        }
        masked.put(RecoveryChannel.EMAIL, ContactMasking.maskEmail(typedIdentifier == null ? "" : typedIdentifier));
        RecoveryDecoys decoys = new RecoveryDecoys(decoyKey(realm));
        Optional<E164Number> phone = decoys.phone(typedIdentifier);
        phone.ifPresent(number -> masked.put(RecoveryChannel.SMS, number.masked()));
        decoys.maskedRecoveryEmail(typedIdentifier).ifPresent(address -> masked.put(RecoveryChannel.RECOVERY_EMAIL, address));
        return new RecoveryChannels(masked, phone, true);
    }

    boolean offers(RecoveryChannel channel) {
        return masked.containsKey(channel);
    }

    private static byte[] decoyKey(RealmModel realm) {
        String stored = realm.getAttribute(DECOY_KEY_ATTRIBUTE);
        if (stored == null) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            stored = Base64.getEncoder().encodeToString(key);
            realm.setAttribute(DECOY_KEY_ATTRIBUTE, stored);
        }
        return Base64.getDecoder().decode(stored);
    }
}
