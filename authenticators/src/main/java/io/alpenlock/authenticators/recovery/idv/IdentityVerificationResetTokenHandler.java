package io.alpenlock.authenticators.recovery.idv;

import java.util.Optional;

import io.alpenlock.core.recovery.idv.IdentityVerificationPolicy;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.resetcred.ResetCredentialsActionTokenHandler;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.ErrorPage;
import org.keycloak.services.resources.LoginActionsService;

/**
 * Opens the realm's forgotten-password flow for the account of an approved identity verification request, as
 * Keycloak's own reset link does: the channel step takes the link as the proof, and the flow then asks for the
 * account's second factor (if it has one) before the new password. A reset never bypasses 2FA.
 *
 * <p>One use only, cluster-wide: the first click claims the token in Keycloak's single-use store (a second click,
 * even at the same time on another node, gets an error page), and Keycloak also revokes it when the new password
 * is set. The request must still exist (not purged, not past its retention) and be approved.
 */
public class IdentityVerificationResetTokenHandler extends AbstractActionTokenHandler<IdentityVerificationResetToken> {

    static final String USED_PREFIX = "alpenlock-idv-link-used:";
    static final String LINK_INVALID = "alpenlockIdvLinkInvalid";

    public IdentityVerificationResetTokenHandler() {
        super(IdentityVerificationResetToken.TOKEN_TYPE, IdentityVerificationResetToken.class, LINK_INVALID,
                EventType.RESET_PASSWORD, Errors.NOT_ALLOWED);
    }

    @Override
    public Response handleToken(IdentityVerificationResetToken token,
            ActionTokenContext<IdentityVerificationResetToken> tokenContext) {
        KeycloakSession session = tokenContext.getSession();
        RealmModel realm = tokenContext.getRealm();
        long lifespan = Math.max(1, token.getExp() - Time.currentTime() + 60);
        if (!session.singleUseObjects().putIfAbsent(USED_PREFIX + token.getId(), lifespan)) {
            tokenContext.getEvent().clone().error(IdentityVerificationEvents.ERROR_LINK_USED);
            return ErrorPage.error(session, tokenContext.getAuthenticationSession(), Response.Status.BAD_REQUEST,
                    LINK_INVALID);
        }
        IdentityVerificationPolicy policy = IdentityVerificationAdminResourceFactory.policy(session);
        IdentityVerificationStore store = new IdentityVerificationStore(session, policy,
                IdentityVerificationAdminResourceFactory.clock(policy));
        Optional<IdentityVerificationRequestEntity> request = store.find(realm, token.getRequestId())
                .filter(r -> r.getStatus() == IdentityVerificationRequestEntity.Status.APPROVED)
                .filter(r -> token.getUserId().equals(r.getUserId()))
                .filter(r -> r.getLinkUsedAt() == null);
        if (request.isEmpty()) {
            tokenContext.getEvent().clone().error(Errors.NOT_ALLOWED);
            return ErrorPage.error(session, tokenContext.getAuthenticationSession(), Response.Status.BAD_REQUEST,
                    LINK_INVALID);
        }
        request.get().setLinkUsedAt(store.now(realm).toEpochMilli());
        IdentityVerificationEvents.of(tokenContext.getEvent().clone(), IdentityVerificationEvents.LINK_USED,
                request.get().getId()).success();
        return tokenContext.processFlow(false, LoginActionsService.RESET_CREDENTIALS_PATH,
                realm.getResetCredentialsFlow(), null,
                new ResetCredentialsActionTokenHandler.ResetCredsAuthenticationProcessor());
    }

    @Override
    public boolean canUseTokenRepeatedly(IdentityVerificationResetToken token,
            ActionTokenContext<IdentityVerificationResetToken> tokenContext) {
        return false;
    }
}
