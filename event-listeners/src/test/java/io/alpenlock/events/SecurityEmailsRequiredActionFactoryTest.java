package io.alpenlock.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.alpenlock.events.notification.NotificationType;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;

class SecurityEmailsRequiredActionFactoryTest {

    private final SecurityEmailsRequiredActionFactory factory = new SecurityEmailsRequiredActionFactory();

    @Test
    void offersOneSwitchPerEmailAllOnByDefault() {
        List<ProviderConfigProperty> properties = factory.getConfigMetadata();

        assertThat(properties).extracting(ProviderConfigProperty::getName)
                .containsExactlyElementsOf(Arrays.stream(NotificationType.values()).map(NotificationType::configKey).toList());
        assertThat(properties).allSatisfy(p -> {
            assertThat(p.getType()).isEqualTo(ProviderConfigProperty.BOOLEAN_TYPE);
            assertThat(p.getDefaultValue()).isEqualTo(Boolean.TRUE);
            assertThat(p.getLabel()).isNotBlank();
            assertThat(p.getHelpText()).isNotBlank();
        });
        assertThat(factory.isConfigurable()).isTrue();
        assertThat(factory.getId()).isEqualTo("alpenlock-security-emails");
        assertThat(factory.getDisplayText()).isEqualTo("Alpenlock: security e-mails (settings)");
    }

    @Test
    void refusesASwitchThatIsNeitherTrueNorFalse() {
        RequiredActionConfigModel model = new RequiredActionConfigModel();
        model.setConfig(new HashMap<>(Map.of("app-added", "false", "password-changed", "true")));
        assertThatCode(() -> factory.validateConfig(null, null, model)).doesNotThrowAnyException();

        model.getConfig().put("backup-code-used", "sometimes");
        assertThatThrownBy(() -> factory.validateConfig(null, null, model)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getErrors().get(0).getAttribute()).isEqualTo("backup-code-used"));
    }

    @Test
    void neverShowsAnythingToAUser() {
        var action = factory.create(null);
        List<String> calls = new ArrayList<>();
        RequiredActionContext context = (RequiredActionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RequiredActionContext.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    return null;
                });

        action.evaluateTriggers(context);
        assertThat(calls).as("evaluateTriggers").isEmpty();
        action.requiredActionChallenge(context);
        assertThat(calls).as("requiredActionChallenge").containsExactly("success");
        calls.clear();
        action.processAction(context);
        assertThat(calls).as("processAction").containsExactly("success");
        assertThat(action.initiatedActionSupport()).isEqualTo(InitiatedActionSupport.NOT_SUPPORTED);
    }

    @Test
    void registersItselfEnabledAndNotAsADefaultActionOnlyOnce() {
        List<RequiredActionProviderModel> added = new ArrayList<>();
        RealmModel realm = (RealmModel) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RealmModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequiredActionProviderByAlias" -> added.stream()
                            .filter(a -> a.getAlias().equals(args[0])).findFirst().orElse(null);
                    case "addRequiredActionProvider" -> {
                        added.add((RequiredActionProviderModel) args[0]);
                        yield args[0];
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        SecurityEmailsRequiredActionFactory.register(realm);
        SecurityEmailsRequiredActionFactory.register(realm);

        assertThat(added).singleElement().satisfies(action -> {
            assertThat(action.getAlias()).isEqualTo("alpenlock-security-emails");
            assertThat(action.getProviderId()).isEqualTo("alpenlock-security-emails");
            assertThat(action.getName()).isEqualTo("Alpenlock: security e-mails (settings)");
            assertThat(action.isEnabled()).isTrue();
            assertThat(action.isDefaultAction()).isFalse();
        });
    }

    @Test
    void readsTheRealmsSwitchesAndSendsEverythingWithoutThem() {
        RequiredActionConfigModel config = new RequiredActionConfigModel();
        config.setConfig(Map.of("push-not-me", "false"));
        RealmModel configured = realmWithConfig(config);
        RealmModel unregistered = realmWithConfig(null);

        assertThat(SecurityEmailsRequiredActionFactory.configOf(configured).switchedOff())
                .containsExactly(NotificationType.PUSH_NOT_ME);
        assertThat(SecurityEmailsRequiredActionFactory.configOf(unregistered).switchedOff()).isEmpty();
    }

    private RealmModel realmWithConfig(RequiredActionConfigModel config) {
        return (RealmModel) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RealmModel.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getRequiredActionConfigByAlias") && "alpenlock-security-emails".equals(args[0])) {
                        return config;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
