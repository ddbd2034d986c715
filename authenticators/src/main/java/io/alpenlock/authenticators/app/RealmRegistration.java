package io.alpenlock.authenticators.app;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;

/** Registers and enables a required action in every realm created or imported from now on. */
public final class RealmRegistration {

    private RealmRegistration() {
    }

    public static void onNewRealms(KeycloakSessionFactory factory, String providerId, String name, int priority) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmPostCreateEvent created) {
                register(created.getCreatedRealm(), providerId, name, priority);
            }
        });
    }

    static void register(RealmModel realm, String providerId, String name, int priority) {
        if (realm.getRequiredActionProviderByAlias(providerId) != null) {
            return;
        }
        RequiredActionProviderModel action = new RequiredActionProviderModel();
        action.setAlias(providerId);
        action.setProviderId(providerId);
        action.setName(name);
        action.setEnabled(true);
        action.setDefaultAction(false);
        action.setPriority(priority);
        realm.addRequiredActionProvider(action);
    }
}
