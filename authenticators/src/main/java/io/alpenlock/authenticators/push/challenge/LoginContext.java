package io.alpenlock.authenticators.push.challenge;

import java.util.Objects;

/**
 * What the app shows about the login it is asked to approve. All values come from the browser's
 * request (client name, parsed User-Agent, address, optional GeoIP location), so they are treated as
 * untrusted text: required ones must not be null, and every value is cut to {@value #MAX_LENGTH}
 * characters.
 *
 * @param clientName the client's display name (or its client id)
 * @param browser    e.g. "Firefox 130"
 * @param os         e.g. "Windows 11"
 * @param ipAddress  the browser's address as Keycloak sees it
 * @param location   e.g. "Bern, Switzerland", or {@code null} when no GeoIP database is configured
 */
public record LoginContext(String clientName, String browser, String os, String ipAddress, String location) {

    public static final int MAX_LENGTH = 200;

    public LoginContext {
        clientName = cut(Objects.requireNonNull(clientName, "clientName"));
        browser = cut(Objects.requireNonNull(browser, "browser"));
        os = cut(Objects.requireNonNull(os, "os"));
        ipAddress = cut(Objects.requireNonNull(ipAddress, "ipAddress"));
        location = location == null ? null : cut(location);
    }

    private static String cut(String value) {
        if (value.length() <= MAX_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return value.substring(0, end);
    }
}
