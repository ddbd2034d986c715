package io.alpenlock.authenticators.recovery;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import io.alpenlock.authenticators.recoveryemail.RecoveryEmailMailer;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * "Someone asked for your login identifier" to an account's login address after a forgotten-identifier request
 * that matched it: when, from which IP address, and where the identifier went (SMS or recovery e-mail), so that a
 * request the owner did not make does not go unnoticed.
 */
final class IdentifierRequestedNotice {

    static final String TEMPLATE = "alpenlock-identifier-requested.ftl";
    static final String SUBJECT = "alpenlockIdentifierRequestedSubject";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private IdentifierRequestedNotice() {
    }

    static void send(KeycloakSession session, RealmModel realm, UserModel user, boolean byEmail, String clientIp) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockChangedAt", TIME.format(java.time.Instant.ofEpochMilli(Time.currentTimeMillis()).atOffset(ZoneOffset.UTC)));
        attributes.put("alpenlockChannelKey", byEmail ? "alpenlockIdentifierChannelEmail" : "alpenlockIdentifierChannelSms");
        if (clientIp != null) {
            attributes.put("alpenlockIpAddress", clientIp);
        }
        RecoveryEmailMailer.send(session, realm, user, user.getEmail(), null, SUBJECT, TEMPLATE, attributes);
    }
}
