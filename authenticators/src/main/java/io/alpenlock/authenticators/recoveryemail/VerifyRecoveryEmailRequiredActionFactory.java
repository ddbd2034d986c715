package io.alpenlock.authenticators.recoveryemail;

import java.util.List;

import io.alpenlock.authenticators.app.AlpenlockRequiredActionFactory;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.smscode.SmsCodePolicy;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/**
 * "Alpenlock: verify recovery e-mail" ({@value #PROVIDER_ID}): the user enters a second e-mail address and proves it
 * with a code sent there. Its configuration (⚙) is {@link RecoveryEmailSettings}.
 */
public class VerifyRecoveryEmailRequiredActionFactory extends AlpenlockRequiredActionFactory {

    public static final String PROVIDER_ID = "alpenlock-verify-recovery-email";
    /** Right after the mobile number (1050). */
    static final int PRIORITY = 1060;

    public VerifyRecoveryEmailRequiredActionFactory() {
        super(PROVIDER_ID, "Alpenlock: verify recovery e-mail", PRIORITY, new VerifyRecoveryEmailRequiredAction());
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(SmsCodePolicy.LIFETIME_SECONDS).label("Code lifetime (seconds)")
                .helpText("How long a code sent to the recovery address works: 30 to 300 seconds.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(SmsCodePolicy.DEFAULT.lifetime().toSeconds())).add()
                .property().name(SmsCodePolicy.RESEND_COOLDOWN_SECONDS).label("Resend after (seconds)")
                .helpText("How long a person waits before asking for a new code.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(SmsCodePolicy.DEFAULT.resendCooldown().toSeconds())).add()
                .property().name(SmsCodePolicy.MAX_ATTEMPTS).label("Wrong codes per sign-in")
                .helpText("Wrong codes allowed in one sign-in (1 to 10), new codes included; every wrong code also counts "
                        + "in the realm's brute-force detection.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(SmsCodePolicy.DEFAULT.maxAttempts())).add()
                .property().name(RecoveryEmailSettings.ASK_IN_FORGOT_IDENTIFIER).label("Forgotten identifier: ask for it")
                .helpText("The forgotten-identifier page also takes the recovery e-mail address and can send the login "
                        + "identifier there. Budgets per address and per IP are the SMS ones (Alpenlock: verify mobile number).")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
                .build();
    }

    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
        try {
            RecoveryEmailSettings.from(model == null ? null : model.getConfig());
        } catch (InvalidConfigException e) {
            var problem = e.problems().get(0);
            throw new ValidationException(new ValidationError(PROVIDER_ID, problem.option(), problem.describe()));
        }
    }
}
