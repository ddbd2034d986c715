package io.alpenlock.core.recovery;

/** {@link RecoveryUsernames#generate} found only taken usernames. Trying again later may work. */
public final class NoFreeUsernameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String initials;

    NoFreeUsernameException(String initials, int tries) {
        super("no free recovery username: all " + tries + " random candidates " + initials + "NNNNN were taken");
        this.initials = initials;
    }

    /** The initials the candidates started with. */
    public String initials() {
        return initials;
    }
}
