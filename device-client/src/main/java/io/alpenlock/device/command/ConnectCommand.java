package io.alpenlock.device.command;

import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.CommandFailedException;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.api.ConnectEnrollmentRequest;
import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.api.Enrollment;
import io.alpenlock.device.api.OidcTokenClient;
import io.alpenlock.device.api.RealmUrls;
import io.alpenlock.device.login.AuthorizationRequest;
import io.alpenlock.device.login.AuthorizationResponse;
import io.alpenlock.device.login.LoopbackRedirectReceiver;
import io.alpenlock.device.login.Pkce;
import io.alpenlock.device.store.Account;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStoreException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * {@code connect <realm-url>}: "connect from this mobile". The person signs in to the account in a browser (OpenID
 * Connect authorization code flow with PKCE S256, public client {@value #CLIENT_ID}, scope {@value #SCOPE}, loopback
 * redirect URI {@code http://127.0.0.1:<port>/callback} per RFC 8252), the device exchanges the code for an access
 * token and enrols with it ({@code POST /enrollments} with {@code Authorization: Bearer} and the DPoP proof). The
 * account is stored as {@code enroll} stores it. The access token, code and verifier are never printed.
 */
public final class ConnectCommand implements Command {

    public static final String CLIENT_ID = "alpenlock-app";
    public static final String SCOPE = "openid";
    public static final String URL_LINE = "Open this URL in a browser: ";
    static final String LABEL = "--label";
    static final String PUSH_TOKEN = "--push-token";
    /** How long to wait for the browser (the global {@code --timeout} before the command name is for requests). */
    static final String WAIT = DeviceClientMain.TIMEOUT_OPTION;
    static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);
    static final int MAX_WAIT_SECONDS = 3600;
    private static final int STATE_BYTES = 16;

    @Override
    public String name() {
        return "connect";
    }

    @Override
    public String synopsis() {
        return "<realm-url> [" + LABEL + " NAME] [" + PUSH_TOKEN + " TOKEN] [" + WAIT + " SECONDS]";
    }

    @Override
    public String description() {
        return "Enrol this device by signing in to the account in a browser (\"connect from this mobile\"): prints "
                + "the URL to open and waits for the sign-in (--timeout here: how long to wait, default "
                + DEFAULT_WAIT.toSeconds() + " s).";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(LABEL, PUSH_TOKEN, WAIT);
    }

    @Override
    public int run(Arguments arguments, CommandContext context)
            throws UsageException, CommandFailedException, DeviceApiException, DeviceStoreException {
        URI realmUrl = realmUrl(arguments.expectPositionals("<realm-url>").get(0));
        Duration wait = wait(arguments);
        DeviceState state = context.store().load();
        if (state.deviceKey().isEmpty()) {
            state = state.withDeviceKey(DeviceKeyPair.generate(context.random()));
            context.store().save(state);
        }
        DeviceKeyPair key = state.keyFor(realmUrl);
        ConnectEnrollmentRequest request = new ConnectEnrollmentRequest(
                arguments.value(LABEL).map(String::strip).orElse("Device client " + key.thumbprint().substring(0, 8)),
                EnrollCommand.DEFAULT_PLATFORM, arguments.value(PUSH_TOKEN).orElse(null));
        if (RealmUrls.isPlainHttpToAnotherHost(realmUrl)) {
            context.err().println("warning: " + realmUrl + " is not HTTPS: the access token and the TOTP secret "
                    + "travel unencrypted");
        }
        Pkce pkce = Pkce.generate(context.random());
        byte[] stateBytes = new byte[STATE_BYTES];
        context.random().nextBytes(stateBytes);
        String expectedState = Base64.getUrlEncoder().withoutPadding().encodeToString(stateBytes);
        URI redirectUri;
        AuthorizationResponse response;
        try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start(expectedState)) {
            redirectUri = receiver.redirectUri();
            AuthorizationRequest authorization = new AuthorizationRequest(realmUrl, CLIENT_ID, redirectUri, SCOPE,
                    expectedState, pkce.challenge());
            context.out().println(URL_LINE + authorization.uri());
            context.out().flush();
            context.err().println("Waiting up to " + wait.toSeconds() + " s for the sign-in to come back to "
                    + redirectUri + " ...");
            response = receiver.await(wait);
        } catch (IOException e) {
            throw new CommandFailedException("cannot listen on 127.0.0.1 for the sign-in ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted while waiting for the sign-in");
        }
        if (response.failure().isPresent()) {
            throw new CommandFailedException(response.failure().get());
        }
        String accessToken = new OidcTokenClient(context.timeout()).exchangeCode(realmUrl, CLIENT_ID,
                response.code().orElseThrow(), redirectUri, pkce.verifier());
        Enrollment enrollment = context.api(key).enroll(realmUrl, accessToken, request);
        context.store().save(state.withAccount(Account.enrolled(realmUrl, enrollment)));
        EnrollCommand.printEnrolled(context, enrollment);
        return DeviceClientMain.OK;
    }

    private static URI realmUrl(String text) throws UsageException {
        String trimmed = text.strip();
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            return RealmUrls.parse(trimmed, "the realm URL");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Duration wait(Arguments arguments) throws UsageException {
        if (arguments.value(WAIT).isEmpty()) {
            return DEFAULT_WAIT;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(arguments.value(WAIT).get());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 1 || seconds > MAX_WAIT_SECONDS) {
            throw new UsageException(WAIT + " (how long to wait for the sign-in) must be whole seconds from 1 to "
                    + MAX_WAIT_SECONDS);
        }
        return Duration.ofSeconds(seconds);
    }
}
