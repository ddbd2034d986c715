package io.alpenlock.events.notification;

/**
 * What kind of second factor an e-mail talks about, as the template is told ({@link #attributeValue()}):
 * the template turns it into a translated word and prints nothing for any other value.
 */
public enum FactorKind {

    /** The Alpenlock app or any authenticator app showing 6-digit codes. */
    APP("app"),

    /** A security key (WebAuthn) used as a second factor. */
    SECURITY_KEY("security-key");

    private final String attributeValue;

    FactorKind(String attributeValue) {
        this.attributeValue = attributeValue;
    }

    public String attributeValue() {
        return attributeValue;
    }
}
