package io.alpenlock.authenticators.device;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.alpenlock.authenticators.backup.BackupCodeActivation;
import io.alpenlock.authenticators.qr.QrCodes;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "Connect the Alpenlock app from a computer": a page with a QR code carrying a 5-minute, single-use
 * enrolment link. The app redeems it through the device API; the page notices and moves on.
 */
public class EnrollAppRequiredAction implements RequiredActionProvider {

    static final String FORM = "alpenlock-enroll-app.ftl";
    static final String TOKEN_NOTE = "alpenlock.enroll.token";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(form(context, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        EnrollmentTokens tokens = new EnrollmentTokens(context.getSession().singleUseObjects());
        String token = context.getAuthenticationSession().getAuthNote(TOKEN_NOTE);
        Optional<String> credential = token == null ? Optional.empty() : tokens.completedCredential(token)
                .filter(id -> context.getUser().credentialManager().getStoredCredentialById(id) != null);
        if (credential.isEmpty()) {
            context.challenge(form(context, "alpenlockEnrollAppNotYet"));
            return;
        }
        context.getAuthenticationSession().removeAuthNote(TOKEN_NOTE);
        BackupCodeActivation.afterSecondFactorAdded(context.getRealm(), context.getUser(), context.getAuthenticationSession());
        context.success();
    }

    private Response form(RequiredActionContext context, String infoKey) {
        String token = currentToken(context);
        String realmUrl = Urls.realmIssuer(context.getUriInfo().getBaseUri(), context.getRealm().getName());
        String link = "alpenlock://enroll?r=" + URLEncoder.encode(realmUrl, StandardCharsets.UTF_8) + "&t=" + token;
        var form = context.form()
                .setAttribute("alpenlockEnrollQrCode", QrCodes.pngDataUri(link, 260))
                .setAttribute("alpenlockEnrollLink", link)
                .setAttribute("alpenlockEnrollStatusUrl",
                        realmUrl + "/alpenlock/device/enrollments/status?ref=" + EnrollmentTokens.reference(token))
                .setAttribute("alpenlockEnrollMinutes", EnrollmentTokens.LIFESPAN_SECONDS / 60);
        if (infoKey != null) {
            form.addError(new FormMessage(null, infoKey));
        }
        return form.createForm(FORM);
    }

    /** The token this page shows: kept while it can still be used, replaced once it expired. */
    private String currentToken(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        EnrollmentTokens tokens = new EnrollmentTokens(context.getSession().singleUseObjects());
        String token = authSession.getAuthNote(TOKEN_NOTE);
        if (token != null && (tokens.isPending(token) || tokens.completedCredential(token).isPresent())) {
            return token;
        }
        String fresh = tokens.issue(context.getRealm().getId(), context.getUser().getId());
        authSession.setAuthNote(TOKEN_NOTE, fresh);
        return fresh;
    }

    @Override
    public void close() {
    }
}
