package io.alpenlock.core.push;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Options of the {@code fcm} push sender. Built by {@link #from(ConfigValues)}, which never throws: mistakes end up
 * in {@link #problems()}.
 *
 * @param credentialsFile       service-account JSON key file of the Firebase project
 * @param optionPrefix          how the options are spelled on the command line, for errors found later
 * @param projectId             Firebase project id; empty = the {@code project_id} of the service account
 * @param ttl                   how long FCM/APNs keep an undelivered push (a stale approval request is useless)
 * @param apnsAlertLocKey       iOS: localisation key of the alert the app shows; the alert carries no text
 * @param baseUrl               test only: replaces {@code https://fcm.googleapis.com} and the OAuth token endpoint
 */
public record FcmConfig(
        Path credentialsFile,
        String optionPrefix,
        Optional<String> projectId,
        Duration connectTimeout,
        Duration readTimeout,
        Duration ttl,
        String apnsAlertLocKey,
        Optional<URI> baseUrl,
        List<ConfigProblem> problems) {

    public static final String CREDENTIALS_FILE = "credentials-file";
    public static final String PROJECT_ID = "project-id";
    public static final String CONNECT_TIMEOUT_MS = "connect-timeout-ms";
    public static final String READ_TIMEOUT_MS = "read-timeout-ms";
    public static final String TTL_SECONDS = "ttl-seconds";
    public static final String APNS_ALERT_LOC_KEY = "apns-alert-loc-key";
    /** Test-only: send all Google requests (FCM and OAuth token) to this base URL instead. */
    public static final String BASE_URL = "base-url";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(5000);
    public static final Duration MAX_TIMEOUT = Duration.ofMillis(60000);
    public static final int DEFAULT_TTL_SECONDS = 120;
    /** FCM's maximum time to live: 28 days. */
    public static final int MAX_TTL_SECONDS = 2_419_200;
    public static final String DEFAULT_APNS_ALERT_LOC_KEY = "ALPENLOCK_LOGIN_REQUEST";

    public FcmConfig {
        projectId = projectId == null ? Optional.empty() : projectId;
        baseUrl = baseUrl == null ? Optional.empty() : baseUrl;
        problems = List.copyOf(problems);
    }

    public static FcmConfig from(ConfigValues values) {
        List<ConfigProblem> problems = new ArrayList<>();
        Path credentials = credentialsFile(values, problems);
        Optional<String> projectId = values.text(PROJECT_ID);
        projectId.filter(id -> !id.matches("[a-z][a-z0-9.:-]{3,62}")).ifPresent(id -> problems.add(
                new ConfigProblem(values.option(PROJECT_ID), "must be a Firebase/Google Cloud project id")));
        Duration connect = values.millis(CONNECT_TIMEOUT_MS, DEFAULT_TIMEOUT, MAX_TIMEOUT, problems);
        Duration read = values.millis(READ_TIMEOUT_MS, DEFAULT_TIMEOUT, MAX_TIMEOUT, problems);
        Duration ttl = Duration.ofSeconds(values.integer(TTL_SECONDS, DEFAULT_TTL_SECONDS, 0, MAX_TTL_SECONDS,
                problems));
        String locKey = values.text(APNS_ALERT_LOC_KEY).orElse(DEFAULT_APNS_ALERT_LOC_KEY);
        Optional<URI> baseUrl = values.httpUrl(BASE_URL, problems);
        return new FcmConfig(credentials, values.option(""), projectId, connect, read, ttl, locKey,
                baseUrl, problems);
    }

    private static Path credentialsFile(ConfigValues values, List<ConfigProblem> problems) {
        Optional<String> raw = values.text(CREDENTIALS_FILE);
        if (raw.isEmpty()) {
            problems.add(values.missing(CREDENTIALS_FILE));
            return null;
        }
        try {
            Path path = Path.of(raw.get());
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                problems.add(new ConfigProblem(values.option(CREDENTIALS_FILE),
                        "points to " + path.toAbsolutePath() + ", which is not a readable file"));
            }
            return path;
        } catch (InvalidPathException e) {
            problems.add(new ConfigProblem(values.option(CREDENTIALS_FILE), "is not a valid file path"));
            return null;
        }
    }

    /** The command-line spelling of an option key, e.g. {@code --spi-alpenlock-push-sender--fcm--project-id}. */
    public String option(String key) {
        return optionPrefix + key;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Upper bound for one send, including an OAuth token refresh and FCM's own retries of 503 answers. */
    public Duration sendDeadline() {
        return connectTimeout.plus(readTimeout);
    }
}
