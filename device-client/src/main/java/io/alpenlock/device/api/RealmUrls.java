package io.alpenlock.device.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a realm URL such as {@code https://id.example.org/realms/accounts}: an absolute http or https URL without
 * user information, query or fragment whose path ends with {@code /realms/<name>}. Errors are
 * {@link IllegalArgumentException}s whose messages say what is wrong.
 */
public final class RealmUrls {

    private static final Pattern REALM_PATH = Pattern.compile("(?:/[^/]+)*/realms/([^/]+)");

    private RealmUrls() {
    }

    /**
     * @param text the URL
     * @param name how messages call it, e.g. {@code the realm URL (r)}
     */
    public static URI parse(String text, String name) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(name + " must be an http or https URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(name + " has no host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(name + " must not have user information, a query or a fragment");
        }
        if (uri.getRawPath() == null || !REALM_PATH.matcher(uri.getRawPath()).matches()) {
            throw new IllegalArgumentException(name + " must end with /realms/<realm name>, e.g. "
                    + "https://id.example.org/realms/accounts");
        }
        return uri;
    }

    /** The realm's name: the last segment of a URL {@link #parse} accepted, decoded. */
    public static String realmName(URI realmUrl) {
        Matcher matcher = REALM_PATH.matcher(realmUrl.getRawPath());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a realm URL");
        }
        return URLDecoder.decode(matcher.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Plain http to anything but this machine (localhost, 127.x.x.x, [::1]); names are not resolved. */
    public static boolean isPlainHttpToAnotherHost(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        boolean loopback = host.equals("localhost") || host.endsWith(".localhost")
                || host.matches("127(\\.\\d{1,3}){3}") || host.equals("[::1]");
        return "http".equalsIgnoreCase(url.getScheme()) && !loopback;
    }
}
