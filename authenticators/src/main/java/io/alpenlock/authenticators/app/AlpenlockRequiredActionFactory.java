package io.alpenlock.authenticators.app;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;

/**
 * What every Alpenlock required action shares: a stateless provider, one-time use, and registration
 * (enabled) in every realm created or imported after Alpenlock is installed, so flows can use it
 * right away. Older realms: Authentication → Required actions → enable.
 */
public abstract class AlpenlockRequiredActionFactory implements RequiredActionFactory {

    private final String id;
    private final String displayText;
    private final int priority;
    private final RequiredActionProvider provider;

    protected AlpenlockRequiredActionFactory(String id, String displayText, int priority, RequiredActionProvider provider) {
        this.id = id;
        this.displayText = displayText;
        this.priority = priority;
        this.provider = provider;
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return provider;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDisplayText() {
        return displayText;
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
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

    void register(RealmModel realm) {
        if (realm.getRequiredActionProviderByAlias(id) != null) {
            return;
        }
        RequiredActionProviderModel action = new RequiredActionProviderModel();
        action.setAlias(id);
        action.setProviderId(id);
        action.setName(displayText);
        action.setEnabled(true);
        action.setDefaultAction(false);
        action.setPriority(priority);
        realm.addRequiredActionProvider(action);
    }

    @Override
    public void close() {
    }
}
