package io.alpenlock.mailbox.links;

/**
 * When an account may unify its password with a mailbox's (DESIGN.md, "Unification"): all three must hold.
 *
 * @param sameAddress       the account's login identifier is the mailbox address
 * @param onlyLink          the account is the only one linked to that mailbox
 * @param mayChangePassword the account may change the mailbox password
 */
public record Unification(boolean sameAddress, boolean onlyLink, boolean mayChangePassword) {

    /**
     * @param loginIdentifier the account's login identifier (its username in a realm where the e-mail is the username)
     * @param linksToAddress  how many accounts of the realm are linked to the mailbox, this one included
     */
    public static Unification of(String loginIdentifier, MailboxLink link, long linksToAddress) {
        return new Unification(MailboxAddress.same(loginIdentifier, link.address()), linksToAddress == 1,
                link.mayChangePassword());
    }

    public boolean allowed() {
        return sameAddress && onlyLink && mayChangePassword;
    }
}
