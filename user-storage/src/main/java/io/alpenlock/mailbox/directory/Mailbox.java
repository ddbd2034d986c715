package io.alpenlock.mailbox.directory;

import java.util.Objects;
import java.util.Optional;

/**
 * One mailbox of the directory, without its password.
 *
 * @param address     the address, lower case
 * @param displayName the person's name when the directory has one
 * @param enabled     whether the mailbox may log in ({@code true} when the directory has no enabled column)
 */
public record Mailbox(String address, Optional<String> displayName, boolean enabled) {

    public Mailbox {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(displayName, "displayName");
    }
}
