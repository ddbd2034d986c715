package io.alpenlock.mailbox.directory;

import java.util.Objects;

/** Something {@link JdbcMailboxDirectory#check()} found wrong, with a message for the administrator. */
public record DirectoryProblem(Kind kind, String message) {

    public enum Kind { CANNOT_CONNECT, TABLE_MISSING, COLUMN_MISSING, QUERY_FAILED }

    public DirectoryProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
