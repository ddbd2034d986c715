package io.alpenlock.core.sms;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Options of the {@code twilio} SMS sender. Authentication is either the account's auth token or an API key
 * ({@code SK…}) with its secret; the sender is either a {@code from} number/sender id or a Messaging Service.
 * Built by {@link #from(ConfigValues)}, which never throws: mistakes end up in {@link #problems()}.
 * {@link #toString()} hides the secrets.
 */
public record TwilioConfig(
        String accountSid,
        String authToken,
        String apiKey,
        String apiSecret,
        String from,
        String messagingServiceSid,
        Duration connectTimeout,
        Duration readTimeout,
        Optional<URI> baseUrl,
        List<ConfigProblem> problems) {

    public static final String ACCOUNT_SID = "account-sid";
    public static final String AUTH_TOKEN = "auth-token";
    public static final String API_KEY = "api-key";
    public static final String API_SECRET = "api-secret";
    public static final String FROM = "from";
    public static final String MESSAGING_SERVICE_SID = "messaging-service-sid";
    public static final String CONNECT_TIMEOUT_MS = "connect-timeout-ms";
    public static final String READ_TIMEOUT_MS = "read-timeout-ms";
    /** Test-only: send the requests to this base URL (for example a local mock) instead of api.twilio.com. */
    public static final String BASE_URL = "base-url";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(5000);
    public static final Duration MAX_TIMEOUT = Duration.ofMillis(60000);

    private static final Pattern ACCOUNT_SID_FORMAT = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern API_KEY_FORMAT = Pattern.compile("SK[0-9a-fA-F]{32}");
    private static final Pattern MESSAGING_SERVICE_FORMAT = Pattern.compile("MG[0-9a-fA-F]{32}");
    /** E.164 number, short code, or alphanumeric sender id (1-11 characters with at least one letter). */
    private static final Pattern SENDER_FORMAT =
            Pattern.compile("\\+[1-9][0-9]{6,14}|[0-9]{3,8}|(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");

    public TwilioConfig {
        baseUrl = baseUrl == null ? Optional.empty() : baseUrl;
        problems = List.copyOf(problems);
    }

    public static TwilioConfig from(ConfigValues values) {
        List<ConfigProblem> problems = new ArrayList<>();
        String accountSid = required(values, ACCOUNT_SID, ACCOUNT_SID_FORMAT,
                "must be an Account SID (AC followed by 32 hexadecimal digits)", problems);
        String authToken = values.text(AUTH_TOKEN).orElse(null);
        String apiKey = values.text(API_KEY).orElse(null);
        String apiSecret = values.text(API_SECRET).orElse(null);
        checkCredentials(values, authToken, apiKey, apiSecret, problems);
        String from = values.text(FROM).orElse(null);
        String service = values.text(MESSAGING_SERVICE_SID).orElse(null);
        checkSender(values, from, service, problems);
        Duration connect = values.millis(CONNECT_TIMEOUT_MS, DEFAULT_TIMEOUT, MAX_TIMEOUT, problems);
        Duration read = values.millis(READ_TIMEOUT_MS, DEFAULT_TIMEOUT, MAX_TIMEOUT, problems);
        Optional<URI> baseUrl = values.httpUrl(BASE_URL, problems);
        return new TwilioConfig(accountSid, authToken, apiKey, apiSecret, from, service, connect, read, baseUrl,
                problems);
    }

    private static String required(ConfigValues values, String key, Pattern format, String formatReason,
            List<ConfigProblem> problems) {
        Optional<String> value = values.text(key);
        if (value.isEmpty()) {
            problems.add(values.missing(key));
            return null;
        }
        if (!format.matcher(value.get()).matches()) {
            problems.add(new ConfigProblem(values.option(key), formatReason));
        }
        return value.get();
    }

    private static void checkCredentials(ConfigValues values, String authToken, String apiKey, String apiSecret,
            List<ConfigProblem> problems) {
        boolean keyPair = apiKey != null || apiSecret != null;
        if (authToken != null && keyPair) {
            problems.add(new ConfigProblem(values.option(AUTH_TOKEN),
                    "must not be combined with " + values.option(API_KEY) + "/" + values.option(API_SECRET)
                            + ": set only one way to authenticate"));
        } else if (keyPair) {
            if (apiKey == null) {
                problems.add(values.missing(API_KEY));
            } else if (!API_KEY_FORMAT.matcher(apiKey).matches()) {
                problems.add(new ConfigProblem(values.option(API_KEY),
                        "must be an API key SID (SK followed by 32 hexadecimal digits)"));
            }
            if (apiSecret == null) {
                problems.add(values.missing(API_SECRET));
            }
        } else if (authToken == null) {
            problems.add(new ConfigProblem(values.option(AUTH_TOKEN), "is missing (or set "
                    + values.option(API_KEY) + " and " + values.option(API_SECRET) + ")"));
        }
    }

    private static void checkSender(ConfigValues values, String from, String service, List<ConfigProblem> problems) {
        if (from != null && service != null) {
            problems.add(new ConfigProblem(values.option(FROM),
                    "must not be combined with " + values.option(MESSAGING_SERVICE_SID) + ": set only one sender"));
        } else if (service != null) {
            if (!MESSAGING_SERVICE_FORMAT.matcher(service).matches()) {
                problems.add(new ConfigProblem(values.option(MESSAGING_SERVICE_SID),
                        "must be a Messaging Service SID (MG followed by 32 hexadecimal digits)"));
            }
        } else if (from == null) {
            problems.add(new ConfigProblem(values.option(FROM),
                    "is missing (or set " + values.option(MESSAGING_SERVICE_SID) + ")"));
        } else if (!SENDER_FORMAT.matcher(from).matches()) {
            problems.add(new ConfigProblem(values.option(FROM),
                    "must be an E.164 number, a short code or an alphanumeric sender id"));
        }
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public boolean usesApiKey() {
        return apiKey != null;
    }

    /** The HTTP Basic user name: the API key when one is set, else the Account SID. */
    String username() {
        return usesApiKey() ? apiKey : accountSid;
    }

    /** The HTTP Basic password: the API secret when an API key is set, else the auth token. */
    String password() {
        return usesApiKey() ? apiSecret : authToken;
    }

    public Optional<String> messagingService() {
        return Optional.ofNullable(messagingServiceSid);
    }

    @Override
    public String toString() {
        return "TwilioConfig[accountSid=" + accountSid
                + ", auth=" + (usesApiKey() ? "api-key " + apiKey + " (secret hidden)" : "auth-token (hidden)")
                + ", from=" + from + ", messagingServiceSid=" + messagingServiceSid
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", baseUrl=" + baseUrl.map(URI::toString).orElse("(Twilio)")
                + ", problems=" + problems + "]";
    }
}
