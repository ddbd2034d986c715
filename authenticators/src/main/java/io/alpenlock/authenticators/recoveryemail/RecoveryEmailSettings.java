package io.alpenlock.authenticators.recoveryemail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.smscode.SmsCodePolicy;
import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;

/**
 * A realm's recovery e-mail settings, the configuration of "Alpenlock: verify recovery e-mail" (⚙): what a code sent
 * by e-mail looks like (same keys and ranges as SMS codes: lifetime 30–300 s, resend wait, wrong codes per sign-in)
 * and whether the forgotten-identifier page asks for the recovery address too. Messages per address and per IP use
 * the SMS budgets of the realm (Alpenlock: verify mobile number ⚙).
 *
 * @param code                   the codes' policy
 * @param askInForgotIdentifier  the forgotten-identifier page takes the recovery address and offers it as a channel
 */
public record RecoveryEmailSettings(SmsCodePolicy code, boolean askInForgotIdentifier) {

    public static final String ASK_IN_FORGOT_IDENTIFIER = "alpenlock.recoveryEmail.forgotIdentifier";
    public static final RecoveryEmailSettings DEFAULT = new RecoveryEmailSettings(SmsCodePolicy.DEFAULT, false);

    private static final Logger LOG = Logger.getLogger(RecoveryEmailSettings.class);

    public static RecoveryEmailSettings of(RealmModel realm) {
        RequiredActionConfigModel config = realm.getRequiredActionConfigByAlias(VerifyRecoveryEmailRequiredActionFactory.PROVIDER_ID);
        try {
            return from(config == null ? null : config.getConfig());
        } catch (InvalidConfigException e) {
            LOG.errorf("Realm %s: invalid recovery e-mail settings (%s); using the defaults", realm.getName(),
                    e.problems().stream().map(ConfigProblem::describe).toList());
            return DEFAULT;
        }
    }

    /** @throws InvalidConfigException naming every bad setting */
    public static RecoveryEmailSettings from(Map<String, String> config) throws InvalidConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        SmsCodePolicy code = SmsCodePolicy.DEFAULT;
        try {
            code = SmsCodePolicy.from(config);
        } catch (InvalidConfigException e) {
            problems.addAll(e.problems());
        }
        String ask = config == null ? null : config.get(ASK_IN_FORGOT_IDENTIFIER);
        if (ask != null && !ask.isBlank() && !ask.strip().equals("true") && !ask.strip().equals("false")) {
            problems.add(new ConfigProblem(ASK_IN_FORGOT_IDENTIFIER, "must be true or false"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new RecoveryEmailSettings(code, ask != null && ask.strip().equals("true"));
    }
}
