package io.alpenlock.authenticators.sms;

import java.util.List;

import io.alpenlock.authenticators.app.AlpenlockRequiredActionFactory;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.phone.PhoneNumberPolicy;
import io.alpenlock.core.sms.SmsBudgetPolicy;
import io.alpenlock.core.smscode.SmsCodePolicy;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/**
 * "Alpenlock: verify mobile number" ({@value #PROVIDER_ID}): the user enters a mobile number and proves it
 * with a code sent by SMS. Its configuration (⚙) holds the realm's phone and SMS settings ({@link SmsSettings}),
 * used by every SMS the realm sends.
 */
public class VerifyPhoneRequiredActionFactory extends AlpenlockRequiredActionFactory {

    public static final String PROVIDER_ID = "alpenlock-verify-phone";
    /** Before the backup-codes page (1100), after Keycloak's own actions. */
    static final int PRIORITY = 1050;

    public VerifyPhoneRequiredActionFactory() {
        super(PROVIDER_ID, "Alpenlock: verify mobile number", PRIORITY, new VerifyPhoneRequiredAction());
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(PhoneNumberPolicy.DEFAULT_REGION).label("Country of numbers without +")
                .helpText("ISO country code (e.g. CH) for numbers typed without + or 00: 079 123 45 67 is then +41 79 123 45 67.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(PhoneNumberPolicy.DEFAULT_DEFAULT_REGION).add()
                .property().name(PhoneNumberPolicy.ALLOWED_COUNTRIES).label("Allowed countries")
                .helpText("ISO country codes, separated by commas, of the mobile numbers accepted (SMS to other countries "
                        + "are refused: the main defence against SMS pumping). Empty: "
                        + String.join(", ", PhoneNumberPolicy.DEFAULT_ALLOWED_REGIONS) + ".")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.join(", ", PhoneNumberPolicy.DEFAULT_ALLOWED_REGIONS)).add()
                .property().name(SmsCodePolicy.LIFETIME_SECONDS).label("Code lifetime (seconds)")
                .helpText("How long an SMS code works: 30 to 300 seconds.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(SmsCodePolicy.DEFAULT.lifetime().toSeconds())).add()
                .property().name(SmsCodePolicy.RESEND_COOLDOWN_SECONDS).label("Resend after (seconds)")
                .helpText("How long a person waits before asking for a new code.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(SmsCodePolicy.DEFAULT.resendCooldown().toSeconds())).add()
                .property().name(SmsCodePolicy.MAX_ATTEMPTS).label("Wrong codes per sign-in")
                .helpText("Wrong codes allowed in one sign-in (1 to 10), new codes included; every wrong code also counts "
                        + "in the realm's brute-force detection.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(SmsCodePolicy.DEFAULT.maxAttempts())).add()
                .property().name(SmsBudgetPolicy.PER_NUMBER).label("SMS per number")
                .helpText("Budgets per phone number, e.g. 3/10m, 10/1d (count/window; s, m, h, d). Checked before any SMS is sent.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("3/10m, 10/1d").add()
                .property().name(SmsBudgetPolicy.PER_IP).label("SMS per client IP")
                .helpText("Budgets per client IP address (IPv6: per /64 network), e.g. 20/1h.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("20/1h").add()
                .build();
    }

    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
        try {
            SmsSettings.from(model == null ? null : model.getConfig());
        } catch (InvalidConfigException e) {
            var problem = e.problems().get(0);
            throw new ValidationException(
                    new ValidationError(PROVIDER_ID, problem.option(), problem.describe()));
        }
    }
}
