package io.alpenlock.events.notification;

/**
 * The security e-mails Alpenlock sends. Each one names its e-mail theme template (html/ and text/
 * variants of {@code <template>.ftl}) and the message key of its subject.
 */
public enum NotificationType {

    PASSWORD_CHANGED("alpenlock-password-changed.ftl", "alpenlockPasswordChangedSubject"),

    /** The user answered a push sign-in request in the Alpenlock app with "not me". */
    PUSH_NOT_ME("alpenlock-push-not-me.ftl", "alpenlockPushNotMeSubject");

    private final String template;
    private final String subjectKey;

    NotificationType(String template, String subjectKey) {
        this.template = template;
        this.subjectKey = subjectKey;
    }

    public String template() {
        return template;
    }

    public String subjectKey() {
        return subjectKey;
    }
}
