package io.alpenlock.mailbox.links;

/**
 * An account (a user of the accounts realm) consults a mailbox (an address of the mail realm) through webmail.
 *
 * @param mayChangePassword the account may set the mailbox's password on the mailbox page
 * @param unified           the account password and the mailbox password are kept the same (see {@link Unification})
 */
public record MailboxLink(String id, String realmId, String userId, String address, boolean mayChangePassword,
                          boolean unified, long createdAt) {
}
