package io.alpenlock.mailbox.directory;

import java.util.List;
import java.util.Optional;

/**
 * The mail platform's mailbox directory as the federation provider sees it: a JDBC table
 * ({@link JdbcMailboxDirectory}) or an IMAP server that checks passwords by logging in ({@link ImapMailboxDirectory}).
 * Implementations are thread-safe, cache no password decision, and fail closed: look-ups throw
 * {@link DirectoryUnavailableException} and {@link #verify} answers {@link PasswordCheck.Outcome#DIRECTORY_UNAVAILABLE}
 * when the directory does not answer in time.
 */
public interface MailboxDirectory extends AutoCloseable {

    Optional<Mailbox> find(String address);

    /** Mailboxes matching {@code text} (see each implementation), ordered by address. */
    List<Mailbox> search(String text, int first, int max);

    int count(String text);

    /**
     * {@code true} when {@link #find} answers for real, so an empty answer means the mailbox does not exist (JDBC);
     * {@code false} when every well-formed address "exists" because the directory cannot tell (IMAP). Deletion
     * detection only trusts a directory that answers for real.
     */
    boolean definiteLookups();

    /** Checks a password now; never throws for directory problems. */
    PasswordCheck verify(String address, char[] password);

    /** {@code true}: {@link #changePassword} always refuses. */
    boolean readOnly();

    /**
     * Stores a new password.
     *
     * @return {@code false} when the mailbox is not (any more) in the directory
     * @throws DirectoryReadOnlyException when {@link #readOnly()}
     */
    boolean changePassword(String address, char[] newPassword);

    /** What "Test connection" and saving the settings report; empty when the directory answers as configured. */
    List<DirectoryProblem> check();

    @Override
    void close();
}
