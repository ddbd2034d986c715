package io.alpenlock.authenticators.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The secret part of an app credential: the TOTP secret (Base32), stored in the credential's secret data. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSecretData(String totpSecret) {

    @Override
    public String toString() {
        return "AppSecretData[totpSecret=***]";
    }
}
