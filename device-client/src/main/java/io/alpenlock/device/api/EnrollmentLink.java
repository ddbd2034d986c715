package io.alpenlock.device.api;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The enrolment link shown as a QR code on the "Set up the Alpenlock app" page:
 * {@code alpenlock://enroll?r=<realm URL, percent-encoded>&t=<token>}.
 *
 * <p>Parsing is strict: the scheme is {@code alpenlock} and the host {@code enroll}; {@code r} and {@code t} appear
 * exactly once (other parameters are ignored, for later versions); {@code r} is an absolute http or https URL without
 * user information, query or fragment whose path ends with {@code /realms/<name>}; {@code t} is base64url of 1 to
 * {@value #MAX_TOKEN_LENGTH} characters. Errors are {@link IllegalArgumentException}s whose messages say what is wrong
 * and never quote the token. {@link #toString()} hides the token.
 */
public final class EnrollmentLink {

    public static final int MAX_TOKEN_LENGTH = 512;
    static final int MAX_LINK_LENGTH = 4096;
    private static final String PREFIX = "alpenlock://enroll?";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");

    private final URI realmUrl;
    private final String realmName;
    private final String token;

    private EnrollmentLink(URI realmUrl, String realmName, String token) {
        this.realmUrl = realmUrl;
        this.realmName = realmName;
        this.token = token;
    }

    /** @throws IllegalArgumentException if the text is not a valid enrolment link (the message says why) */
    public static EnrollmentLink parse(String link) {
        String text = link == null ? "" : link.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the enrolment link is empty");
        }
        if (text.length() > MAX_LINK_LENGTH) {
            throw new IllegalArgumentException("the enrolment link is longer than " + MAX_LINK_LENGTH + " characters");
        }
        if (!text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new IllegalArgumentException("not an enrolment link: it must start with " + PREFIX);
        }
        if (text.indexOf('#') >= 0) {
            throw new IllegalArgumentException("the enrolment link must not have a fragment (#)");
        }
        Map<String, String> parameters = parameters(text.substring(PREFIX.length()));
        URI realmUrl = realmUrl(parameters.get("r"));
        return new EnrollmentLink(realmUrl, realmName(realmUrl), token(parameters.get("t")));
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!name.equals("r") && !name.equals("t")) {
                continue;
            }
            if (parameters.containsKey(name)) {
                throw new IllegalArgumentException("the enrolment link has more than one " + name);
            }
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                parameters.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the parameter " + name + " of the enrolment link is not "
                        + "correctly percent-encoded");
            }
        }
        for (String name : new String[] {"r", "t"}) {
            if (parameters.getOrDefault(name, "").isEmpty()) {
                throw new IllegalArgumentException("the enrolment link has no "
                        + (name.equals("r") ? "realm URL (r)" : "token (t)"));
            }
        }
        return parameters;
    }

    private static URI realmUrl(String r) {
        return RealmUrls.parse(r, "the realm URL (r)");
    }

    private static String realmName(URI realmUrl) {
        return RealmUrls.realmName(realmUrl);
    }

    private static String token(String t) {
        if (t.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the token (t) of the enrolment link is longer than "
                    + MAX_TOKEN_LENGTH + " characters");
        }
        if (!TOKEN.matcher(t).matches()) {
            throw new IllegalArgumentException("the token (t) of the enrolment link must be base64url "
                    + "(letters, digits, - and _)");
        }
        return t;
    }

    /** The realm's URL, e.g. {@code https://id.example.org/realms/accounts}: the API is below it. */
    public URI realmUrl() {
        return realmUrl;
    }

    /** The realm's name, the last segment of {@link #realmUrl()}, decoded. */
    public String realmName() {
        return realmName;
    }

    /** The single-use enrolment token: a secret for its 5 minutes. */
    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "EnrollmentLink[realmUrl=" + realmUrl + ", token hidden]";
    }
}
