package io.alpenlock.authenticators.app;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import io.alpenlock.authenticators.backup.BackupCodeActivation;
import io.alpenlock.authenticators.qr.QrCodes;
import io.alpenlock.core.totp.OtpAuthUri;
import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpSecret;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Set up a standard authenticator app (FreeOTP, Google Authenticator, …) for offline codes: a page
 * with an {@code otpauth://} QR code and the secret for typing, a name for the app, and the first
 * code to prove it works. The secret waits in an authentication-session note (cluster-wide) until
 * the code is confirmed.
 */
public class ConfigureTotpAppRequiredAction implements RequiredActionProvider {

    static final String FORM = "alpenlock-configure-totp-app.ftl";
    static final String SECRET_NOTE = "alpenlock.totp-app.secret";
    static final String FIELD_CODE = "code";
    static final String FIELD_LABEL = "label";
    static final int MAX_LABEL_LENGTH = 64;

    private final SecureRandom random = new SecureRandom();

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(form(context, null, null, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        context.getEvent().event(EventType.UPDATE_CREDENTIAL).detail(Details.CREDENTIAL_TYPE, AppCredentialModel.TYPE);
        MultivaluedMap<String, String> params = context.getHttpRequest().getDecodedFormParameters();
        String label = params.getFirst(FIELD_LABEL) == null ? "" : params.getFirst(FIELD_LABEL).strip();
        String code = params.getFirst(FIELD_CODE);

        if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
            context.challenge(form(context, FIELD_LABEL, "alpenlockTotpAppLabelInvalid", label));
            return;
        }
        TotpSecret secret = secret(context.getAuthenticationSession());
        OptionalLong step = code == null || code.length() > 16 ? OptionalLong.empty()
                : Totp.verify(secret, code, Instant.ofEpochMilli(Time.currentTimeMillis()), AppCodes.LOOK_AROUND_STEPS);
        if (step.isEmpty()) {
            context.challenge(form(context, FIELD_CODE, "alpenlockTotpAppCodeInvalid", label));
            return;
        }
        AppCredentialModel credential = AppCredentialModel.create(label, AppCredentialData.totpApp(),
                new AppSecretData(secret.toBase32()), Time.currentTimeMillis());
        try {
            AppCredentialModel stored = AppCredentialModel.from(context.getUser().credentialManager().createStoredCredential(credential));
            // The code just typed was seen on this page; it must not also open a login.
            context.getSession().singleUseObjects().putIfAbsent(AppCodes.singleUseKey(stored.getId(), step.getAsLong()),
                    AppCodes.singleUseLifespanSeconds(stored));
        } catch (ModelDuplicateException e) {
            context.challenge(form(context, FIELD_LABEL, "alpenlockTotpAppLabelTaken", label));
            return;
        }
        context.getEvent().detail(Details.CREDENTIAL_USER_LABEL, label);
        context.getAuthenticationSession().removeAuthNote(SECRET_NOTE);
        BackupCodeActivation.afterSecondFactorAdded(context.getRealm(), context.getUser(), context.getAuthenticationSession());
        context.success();
    }

    private Response form(RequiredActionContext context, String errorField, String errorKey, String label) {
        RealmModel realm = context.getRealm();
        TotpSecret secret = secret(context.getAuthenticationSession());
        String issuer = realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName() : realm.getDisplayName();
        String uri = OtpAuthUri.builder().issuer(issuer).account(context.getUser().getUsername()).secret(secret)
                .build().toUriString();
        var form = context.form()
                .setAttribute("alpenlockQrCode", QrCodes.pngDataUri(uri, 240))
                .setAttribute("alpenlockSecretGroups", grouped(secret.toBase32()))
                .setAttribute("alpenlockOtpAuthUri", uri)
                .setAttribute("alpenlockLabel", label == null ? "" : label);
        if (errorKey != null) {
            form.addError(new FormMessage(errorField, errorKey));
        }
        return form.createForm(FORM);
    }

    private TotpSecret secret(AuthenticationSessionModel authSession) {
        String stored = authSession.getAuthNote(SECRET_NOTE);
        if (stored != null) {
            return TotpSecret.fromBase32(stored);
        }
        TotpSecret fresh = TotpSecret.generate(random);
        authSession.setAuthNote(SECRET_NOTE, fresh.toBase32());
        return fresh;
    }

    /** "ABCD EFGH …" so a person can type it. */
    static String grouped(String base32) {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public void close() {
    }
}
