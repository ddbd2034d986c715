package io.alpenlock.mailbox;

import java.util.Optional;

import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.AuthenticationFlowException;
import org.keycloak.models.KeycloakSession;

/**
 * What a person sees when the mailbox directory does not answer during a browser login: instead of Keycloak's
 * "Unexpected error when handling authentication request" (what any exception from a user storage provider
 * becomes) or a misleading "Invalid username or password", the login error page (HTTP 400) says that the mail
 * directory cannot be reached right now ({@value #MESSAGE}, in the {@code alpenlock} login theme), and a
 * {@code LOGIN_ERROR} event with error {@code generic_authentication_error} and detail {@value #EVENT_DETAIL} is
 * recorded. Not counted by brute-force protection: the person did nothing wrong. Other callers (token endpoint,
 * admin API) keep failing closed as before.
 */
final class DirectoryDownAtLogin {

    static final String MESSAGE = "alpenlockMailboxDirectoryUnavailable";
    static final String EVENT_DETAIL = "mailbox_directory_unavailable";
    /** Session attribute set when a password check could not reach the directory (read by the check page). */
    static final String SESSION_FLAG = "alpenlock.mailbox.directoryUnavailable";

    private DirectoryDownAtLogin() {
    }

    /** The exception to throw when the request is a browser login step, else empty. */
    static Optional<RuntimeException> during(KeycloakSession session) {
        if (session.getContext().getAuthenticationSession() == null) {
            return Optional.empty();
        }
        String path;
        try {
            path = session.getContext().getUri().getPath();
        } catch (RuntimeException e) {
            return Optional.empty(); // no HTTP request: not a browser login
        }
        if (path == null || !path.contains("/login-actions/")) {
            return Optional.empty();
        }
        return Optional.of(new AuthenticationFlowException(AuthenticationFlowError.GENERIC_AUTHENTICATION_ERROR,
                EVENT_DETAIL, MESSAGE));
    }
}
