package io.alpenlock.mailbox.links;

/**
 * Per accounts realm: which realm federates the mailboxes its users link to. Realm attribute
 * {@value #MAIL_REALM_ATTRIBUTE}; missing or blank = {@value #DEFAULT_MAIL_REALM}.
 */
public record MailboxLinksConfig(String mailRealm) {

    public static final String MAIL_REALM_ATTRIBUTE = "alpenlockMailboxRealm";
    public static final String DEFAULT_MAIL_REALM = "mail";

    public static MailboxLinksConfig from(String attribute) {
        return new MailboxLinksConfig(attribute == null || attribute.isBlank() ? DEFAULT_MAIL_REALM : attribute.strip());
    }
}
