package io.alpenlock.authenticators.recovery;

import java.util.Arrays;
import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * "Condition - Alpenlock recovery channel" ({@value #PROVIDER_ID}): true when the person picked this channel
 * on the forgotten-password channel page, so that a conditional sub-flow per channel runs its proof (e.g.
 * Keycloak's "Send Reset Email", or "Alpenlock SMS code").
 */
public class RecoveryChannelConditionFactory implements ConditionalAuthenticatorFactory, ConditionalAuthenticator {

    public static final String PROVIDER_ID = "alpenlock-condition-recovery-channel";
    public static final String CHANNEL = "channel";

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        String wanted = config == null || config.getConfig() == null ? null : config.getConfig().get(CHANNEL);
        return RecoveryChannel.chosen(context.getAuthenticationSession())
                .map(chosen -> chosen.value().equals(wanted)).orElse(false);
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return this;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Condition - Alpenlock recovery channel";
    }

    @Override
    public String getHelpText() {
        return "True when the person chose this channel on the Alpenlock recovery channel page.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
                AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(CHANNEL).label("Channel")
                .helpText("The channel this condition matches.")
                .type(ProviderConfigProperty.LIST_TYPE)
                .options(Arrays.stream(RecoveryChannel.values()).map(RecoveryChannel::value).toList())
                .defaultValue(RecoveryChannel.EMAIL.value()).add()
                .build();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
