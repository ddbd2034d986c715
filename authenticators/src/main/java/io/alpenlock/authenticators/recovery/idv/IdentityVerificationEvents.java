package io.alpenlock.authenticators.recovery.idv;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Every step of an identity verification request is a Keycloak event of type {@code CUSTOM_REQUIRED_ACTION}
 * (errors: {@code CUSTOM_REQUIRED_ACTION_ERROR}) with {@code custom_required_action} =
 * {@value #ACTION}, the step in {@value #STEP} and the request id in {@value #REQUEST}. Details never hold
 * what the person typed (name, contacts, message): only ids and the kind of contact used.
 */
final class IdentityVerificationEvents {

    static final String ACTION = "alpenlock-identity-verification";
    static final String STEP = "alpenlock_idv_step";
    static final String REQUEST = "alpenlock_idv_request";
    static final String SENT_TO = "alpenlock_idv_sent_to";
    static final String ACCOUNT = "alpenlock_idv_account";

    static final String CREATED = "created";
    static final String APPROVED = "approved";
    static final String REJECTED = "rejected";
    static final String PURGED = "purged";
    static final String LINK_USED = "link_used";

    static final String ERROR_BUDGET = "alpenlock_idv_budget_exhausted";
    static final String ERROR_LINK_USED = "alpenlock_idv_link_already_used";
    static final String ERROR_NOT_SENT = "alpenlock_idv_not_sent";

    private IdentityVerificationEvents() {
    }

    /** Turns an event (possibly a clone of the flow's) into one of this feature's. */
    static EventBuilder of(EventBuilder event, String step, String requestId) {
        EventBuilder built = event.event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, ACTION);
        if (step != null) {
            built.detail(STEP, step);
        }
        return requestId == null ? built : built.detail(REQUEST, requestId);
    }

    /** A fresh event of this feature in the realm, from an HTTP request (with its client IP). */
    static EventBuilder of(KeycloakSession session, RealmModel realm, String step, String requestId) {
        return of(new EventBuilder(realm, session, session.getContext().getConnection()), step, requestId);
    }
}
