package io.alpenlock.authenticators.app;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * One enrolled authenticator app of a user (credential type {@value #TYPE}): the provider's own app
 * (device key, push target) or a standard TOTP app such as FreeOTP (offline codes only). Both hold
 * the TOTP secret for the offline 30-second code. The label is Keycloak's user label.
 */
public class AppCredentialModel extends CredentialModel {

    public static final String TYPE = "alpenlock-app";

    private final AppCredentialData data;
    private final AppSecretData secret;

    private AppCredentialModel(AppCredentialData data, AppSecretData secret) {
        this.data = data;
        this.secret = secret;
    }

    /** A new credential, ready to be stored. */
    public static AppCredentialModel create(String label, AppCredentialData data, AppSecretData secret, long createdMillis) {
        AppCredentialModel model = new AppCredentialModel(data, secret);
        model.setType(TYPE);
        model.setUserLabel(label);
        model.setCreatedDate(createdMillis);
        model.setCredentialData(json(data));
        model.setSecretData(json(secret));
        return model;
    }

    /** Reads a stored credential. */
    public static AppCredentialModel from(CredentialModel stored) {
        try {
            AppCredentialData data = JsonSerialization.readValue(stored.getCredentialData(), AppCredentialData.class);
            AppSecretData secret = JsonSerialization.readValue(stored.getSecretData(), AppSecretData.class);
            AppCredentialModel model = new AppCredentialModel(data, secret);
            model.setId(stored.getId());
            model.setType(stored.getType());
            model.setUserLabel(stored.getUserLabel());
            model.setCreatedDate(stored.getCreatedDate());
            model.setCredentialData(stored.getCredentialData());
            model.setSecretData(stored.getSecretData());
            model.setFederationLink(stored.getFederationLink());
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + TYPE + " credential " + stored.getId(), e);
        }
    }

    /** The same stored credential with new non-secret data (push target, device key), to update in place. */
    public AppCredentialModel withData(AppCredentialData newData) {
        AppCredentialModel model = new AppCredentialModel(newData, secret);
        model.setId(getId());
        model.setType(getType());
        model.setUserLabel(getUserLabel());
        model.setCreatedDate(getCreatedDate());
        model.setCredentialData(json(newData));
        model.setSecretData(getSecretData());
        model.setFederationLink(getFederationLink());
        return model;
    }

    public AppCredentialData data() {
        return data;
    }

    public AppSecretData secret() {
        return secret;
    }

    private static String json(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
