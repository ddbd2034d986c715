package io.alpenlock.core.push;

import com.google.api.core.ApiFuture;
import com.google.api.client.http.HttpTransport;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.InvalidConfigException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends pushes with the official Firebase Admin SDK (FCM HTTP v1:
 * {@code POST /v1/projects/{project}/messages:send}). Each gateway owns a named {@link FirebaseApp} (never the
 * default app), deleted by {@link #close()}. A send waits at most {@link FcmConfig#sendDeadline()}, whatever the
 * SDK's own retries of 503 answers would take. Failures come back as {@link PushResult}s, never as exceptions.
 */
public final class FcmPushGateway implements PushGateway {

    private static final Logger LOG = Logger.getLogger(FcmPushGateway.class);

    private final FcmConfig config;
    private final Clock clock;
    private final FirebaseApp app;
    private final FirebaseMessaging messaging;

    private FcmPushGateway(FcmConfig config, Clock clock, FirebaseApp app) {
        this.config = config;
        this.clock = clock;
        this.app = app;
        this.messaging = FirebaseMessaging.getInstance(app);
    }

    /**
     * Reads the service-account key named by {@code config} and opens a FirebaseApp called {@code appName}.
     *
     * @throws InvalidConfigException when the configuration or the key file is unusable; nothing is opened then
     */
    public static FcmPushGateway create(FcmConfig config, Clock clock, String appName) throws InvalidConfigException {
        Objects.requireNonNull(config, "config");
        if (!config.isValid()) {
            throw new InvalidConfigException(config.problems());
        }
        HttpTransport transport = GoogleHttp.transport(config.baseUrl());
        ServiceAccountCredentials credentials = FcmCredentials.load(config, GoogleHttp.transportFactory(transport));
        String projectId = config.projectId().orElse(credentials.getProjectId());
        if (projectId == null || projectId.isBlank()) {
            throw new InvalidConfigException(new ConfigProblem(config.option(FcmConfig.PROJECT_ID),
                    "is missing and the service-account key names no project_id"));
        }
        return open(config, clock, appName, credentials, projectId, transport);
    }

    /** For tests: use the given credentials instead of a key file (package-private: SDK types stay internal). */
    static FcmPushGateway create(FcmConfig config, Clock clock, String appName, GoogleCredentials credentials,
            String projectId) {
        return open(config, clock, appName, credentials, projectId, GoogleHttp.transport(config.baseUrl()));
    }

    private static FcmPushGateway open(FcmConfig config, Clock clock, String appName, GoogleCredentials credentials,
            String projectId, HttpTransport transport) {
        FirebaseOptions options = FirebaseOptions.builder()
                .setCredentials(credentials)
                .setProjectId(projectId)
                .setHttpTransport(transport)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setReadTimeout((int) config.readTimeout().toMillis())
                .build();
        return new FcmPushGateway(config, Objects.requireNonNull(clock, "clock"),
                FirebaseApp.initializeApp(options, appName));
    }

    @Override
    public PushResult send(PushMessage message) {
        Objects.requireNonNull(message, "message");
        ApiFuture<String> future;
        try {
            future = messaging.sendAsync(FcmMessages.build(message, config, clock));
        } catch (RuntimeException e) {
            LOG.warnf("Could not start a push to %s: %s", message.tokenFingerprint(), e.getClass().getName());
            return new PushResult.TemporaryFailure("unexpected");
        }
        PushResult result = await(future);
        log(result, message);
        return result;
    }

    private PushResult await(ApiFuture<String> future) {
        try {
            String id = future.get(config.sendDeadline().toMillis(), TimeUnit.MILLISECONDS);
            return new PushResult.Sent(id == null ? "" : id);
        } catch (TimeoutException e) {
            future.cancel(true); // also stops the SDK's pending retries
            return new PushResult.TemporaryFailure("timeout");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new PushResult.TemporaryFailure("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FirebaseMessagingException) {
                return FcmErrors.classify((FirebaseMessagingException) e.getCause());
            }
            LOG.warnf("Unexpected %s while sending a push",
                    e.getCause() == null ? "failure" : e.getCause().getClass().getName());
            return new PushResult.TemporaryFailure("unexpected");
        }
    }

    private static void log(PushResult result, PushMessage message) {
        if (result instanceof PushResult.Sent) {
            LOG.debugf("FCM accepted a push to %s", message.tokenFingerprint());
        } else if (result instanceof PushResult.Unavailable) {
            LOG.errorf("FCM refused the Alpenlock push configuration (%s): check the service account, its "
                    + "permissions and the project id", result.detail());
        } else if (result instanceof PushResult.TemporaryFailure) {
            LOG.warnf("FCM did not take a push to %s: %s", message.tokenFingerprint(), result.detail());
        } else {
            LOG.infof("FCM did not take a push to %s: %s", message.tokenFingerprint(), result.detail());
        }
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    /** Deletes this gateway's FirebaseApp and its threads. */
    @Override
    public void close() {
        try {
            app.delete();
        } catch (RuntimeException e) {
            LOG.debugf("FirebaseApp %s was already deleted", app.getName());
        }
    }
}
