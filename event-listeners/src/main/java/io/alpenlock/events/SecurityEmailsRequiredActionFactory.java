package io.alpenlock.events;

import java.util.List;

import io.alpenlock.events.notification.NotificationRules;
import io.alpenlock.events.notification.NotificationType;
import io.alpenlock.events.notification.SecurityEmailsConfig;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/**
 * "Alpenlock: security e-mails (settings)": a required action that only carries the realm's choice of
 * security e-mails, one switch per e-mail (Authentication → Required actions → ⚙), all on by default.
 * Keycloak 26.7 gives required actions a per-realm configuration in the admin console, which is why the
 * switches live here; the action itself never shows anything to a user ({@link SecurityEmailsRequiredAction}).
 * It is registered (enabled, not a default action) in every realm created or imported after Alpenlock is
 * installed; in older realms the e-mails are all on until an admin enables it and changes a switch.
 */
public class SecurityEmailsRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "alpenlock-security-emails";
    static final String DISPLAY_TEXT = "Alpenlock: security e-mails (settings)";
    /** After Keycloak's own actions in the console's list; the order does not matter, it never runs. */
    static final int PRIORITY = 1000;

    private static final RequiredActionProvider PROVIDER = new SecurityEmailsRequiredAction();

    /** The realm's switches; all on when the action is not registered in the realm or has no configuration. */
    static SecurityEmailsConfig configOf(RealmModel realm) {
        RequiredActionConfigModel config = realm.getRequiredActionConfigByAlias(PROVIDER_ID);
        return SecurityEmailsConfig.from(config == null ? null : config.getConfig());
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return DISPLAY_TEXT;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        ProviderConfigurationBuilder builder = ProviderConfigurationBuilder.create();
        for (NotificationType type : NotificationType.values()) {
            builder.property()
                    .name(type.configKey())
                    .label(label(type))
                    .helpText(helpText(type))
                    .type(ProviderConfigProperty.BOOLEAN_TYPE)
                    .defaultValue(Boolean.TRUE)
                    .add();
        }
        return builder.build();
    }

    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
        List<String> invalid = SecurityEmailsConfig.invalidKeys(model == null ? null : model.getConfig());
        if (!invalid.isEmpty()) {
            throw new ValidationException(new ValidationError(PROVIDER_ID, invalid.get(0), "error-invalid-value"));
        }
    }

    static String label(NotificationType type) {
        return switch (type) {
            case PASSWORD_CHANGED -> "Password changed";
            case PUSH_NOT_ME -> "Sign-in reported as \"not me\"";
            case TWO_FACTOR_ENABLED -> "2FA turned on";
            case TWO_FACTOR_DISABLED -> "2FA turned off";
            case APP_ADDED -> "App or security key added";
            case APP_REMOVED -> "App or security key removed";
            case BACKUP_CODE_USED -> "Backup code used";
            case BACKUP_CODES_RUNNING_OUT -> "Backup codes running out";
            case BACKUP_CODES_REGENERATED -> "New backup codes created";
            case PHONE_NUMBER_VERIFIED -> "Mobile number verified";
            case PASSWORD_RESET -> "Password reset (forgotten password)";
        };
    }

    static String helpText(NotificationType type) {
        return switch (type) {
            case PASSWORD_CHANGED -> "Sent when the user changes their password (a reset through the forgotten-password "
                    + "channels sends \"password reset\" instead).";
            case PUSH_NOT_ME -> "Sent when the user answers a push sign-in request in the Alpenlock app with \"not me\": "
                    + "the attempt was blocked and someone likely knows the password.";
            case TWO_FACTOR_ENABLED -> "Sent when the user adds their first app or security key. It replaces the "
                    + "\"app added\" e-mail for that first one; when off, nothing is sent in its place.";
            case TWO_FACTOR_DISABLED -> "Sent when the user's last app or security key is removed (by the user, the app, "
                    + "or an administrator). It replaces the \"app removed\" e-mail; when off, nothing is sent in its place.";
            case APP_ADDED -> "Sent when the user adds an app or security key next to one they already have.";
            case APP_REMOVED -> "Sent when an app or security key is removed (by the user, the app, or an administrator) "
                    + "and at least one remains.";
            case BACKUP_CODE_USED -> "Sent when the user signs in with a backup code and more than "
                    + NotificationRules.RUNNING_OUT_AT + " unused codes remain.";
            case BACKUP_CODES_RUNNING_OUT -> "Sent instead of \"backup code used\" when a sign-in with a backup code leaves "
                    + NotificationRules.RUNNING_OUT_AT
                    + " unused codes or fewer; it asks the user to create new ones. When off, nothing is sent in its place.";
            case BACKUP_CODES_REGENERATED -> "Sent when the user replaces their backup codes by new ones "
                    + "(not for the first codes: the \"2FA turned on\" e-mail covers those).";
            case PHONE_NUMBER_VERIFIED -> "Sent when the user verifies a mobile number with an SMS code, a first one or "
                    + "one replacing the previous number (both shown masked).";
            case PASSWORD_RESET -> "Sent instead of \"password changed\" when the password was set anew through a "
                    + "forgotten-password channel (e-mail link, SMS code, recovery e-mail), naming the channel; an SMS "
                    + "notice also goes to the verified mobile number. When off, neither is sent.";
        };
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmPostCreateEvent created) {
                register(created.getCreatedRealm());
            }
        });
    }

    /** Registers the action in the realm, enabled and not a default action, unless the realm already has it. */
    static void register(RealmModel realm) {
        if (realm.getRequiredActionProviderByAlias(PROVIDER_ID) != null) {
            return;
        }
        RequiredActionProviderModel action = new RequiredActionProviderModel();
        action.setAlias(PROVIDER_ID);
        action.setProviderId(PROVIDER_ID);
        action.setName(DISPLAY_TEXT);
        action.setEnabled(true);
        action.setDefaultAction(false);
        action.setPriority(PRIORITY);
        realm.addRequiredActionProvider(action);
    }

    @Override
    public void close() {
    }
}
