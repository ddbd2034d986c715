package io.alpenlock.authenticators.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.phone.PhoneNumberPolicy;
import io.alpenlock.core.sms.SmsBudgetPolicy;
import io.alpenlock.core.smscode.SmsCodePolicy;
import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;

/**
 * A realm's phone and SMS settings, in one place for every SMS the realm sends (verifying a number, the
 * SMS sign-in step, recovery): which numbers are accepted, what a code looks like, and the SMS budgets.
 * They are the configuration of the required action "Alpenlock: verify mobile number"
 * (Authentication → Required actions → ⚙), checked when an administrator saves it.
 */
public record SmsSettings(PhoneNumberPolicy phone, SmsCodePolicy code, SmsBudgetPolicy budgets) {

    public static final SmsSettings DEFAULT = new SmsSettings(PhoneNumberPolicy.DEFAULT, SmsCodePolicy.DEFAULT,
            SmsBudgetPolicy.DEFAULT);

    private static final Logger LOG = Logger.getLogger(SmsSettings.class);

    public static SmsSettings of(RealmModel realm) {
        RequiredActionConfigModel config = realm.getRequiredActionConfigByAlias(VerifyPhoneRequiredActionFactory.PROVIDER_ID);
        Map<String, String> values = config == null ? null : config.getConfig();
        try {
            return from(values);
        } catch (InvalidConfigException e) {
            // Refused when saved in the console; only a realm import can carry it. Defaults are the safe side.
            LOG.errorf("Realm %s: invalid phone/SMS settings (%s); using the defaults", realm.getName(),
                    e.problems().stream().map(ConfigProblem::describe).toList());
            return DEFAULT;
        }
    }

    /** @throws InvalidConfigException naming every bad setting */
    public static SmsSettings from(Map<String, String> config) throws InvalidConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        PhoneNumberPolicy phone = PhoneNumberPolicy.DEFAULT;
        SmsCodePolicy code = SmsCodePolicy.DEFAULT;
        SmsBudgetPolicy budgets = SmsBudgetPolicy.DEFAULT;
        try {
            phone = PhoneNumberPolicy.from(config);
        } catch (InvalidConfigException e) {
            problems.addAll(e.problems());
        }
        try {
            code = SmsCodePolicy.from(config);
        } catch (InvalidConfigException e) {
            problems.addAll(e.problems());
        }
        try {
            budgets = SmsBudgetPolicy.from(config);
        } catch (InvalidConfigException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new SmsSettings(phone, code, budgets);
    }
}
