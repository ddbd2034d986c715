package io.alpenlock.authenticators.push;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.alpenlock.authenticators.app.AppCredentialData;
import io.alpenlock.authenticators.app.AppCredentialModel;
import io.alpenlock.authenticators.push.challenge.ChallengeStatus;
import io.alpenlock.authenticators.push.challenge.LoginContext;
import io.alpenlock.authenticators.push.challenge.PushChallenge;
import io.alpenlock.core.PushSenderProvider;
import io.alpenlock.core.geo.GeoLocator;
import io.alpenlock.core.push.PushMessage;
import io.alpenlock.core.push.PushResult;
import io.alpenlock.core.ratelimit.BudgetDecision;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.device.DeviceRepresentationProvider;
import org.keycloak.events.Details;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.account.DeviceRepresentation;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "Approve the sign-in in your app": sends one push per login to the user's apps and shows a page with
 * the number to pick, the login's details and a countdown. The page waits on {@code /alpenlock/push/wait}
 * and submits itself as soon as an app answers; this class then reads the answer from the cluster-wide
 * store. Only the challenge recorded in this login's authentication session can complete this login.
 */
public class PushAuthenticator implements Authenticator {

    static final String FORM = "alpenlock-push.ftl";
    static final String NOTE_CHALLENGE = "alpenlock.push.challenge";
    static final String NOTE_WATCH = "alpenlock.push.watch";
    static final String ACTION = "alpenlockPushAction";
    static final String ACTION_RESEND = "resend";
    private static final Logger LOG = Logger.getLogger(PushAuthenticator.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GeoLocator geo;

    /** @param geo where the login's IP address is (approximately); {@link GeoLocator#none()} without a database */
    public PushAuthenticator(GeoLocator geo) {
        this.geo = Objects.requireNonNull(geo, "geo");
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<PushChallenge> own = ownChallenge(context);
        if (own.isPresent() && own.get().isOpen(now())) {
            context.challenge(page(context, PushPage.State.WAITING, own.get(), null));
            return;
        }
        startPush(context, false);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (ACTION_RESEND.equals(form.getFirst(ACTION))) {
            startPush(context, true);
            return;
        }
        Optional<PushChallenge> own = ownChallenge(context);
        if (own.isEmpty()) {
            context.challenge(page(context, PushPage.State.EXPIRED, null, null));
            return;
        }
        PushChallenge challenge = own.get();
        UserModel user = context.getUser();
        ChallengeStatus status = challenge.statusAt(now());
        if (status == ChallengeStatus.APPROVED && challenge.userId().equals(user.getId())
                && challenge.realmId().equals(context.getRealm().getId())) {
            AuthenticationSessionModel authSession = context.getAuthenticationSession();
            authSession.removeAuthNote(NOTE_CHALLENGE);
            authSession.removeAuthNote(NOTE_WATCH);
            context.getEvent().detail(Details.CREDENTIAL_TYPE, AppCredentialModel.TYPE)
                    .detail(Details.SELECTED_CREDENTIAL_ID, challenge.answeredBy());
            context.success(AppCredentialModel.TYPE);
            return;
        }
        context.challenge(page(context, PushPage.State.of(status), challenge, null));
    }

    private void startPush(AuthenticationFlowContext context, boolean resend) {
        UserModel user = context.getUser();
        RealmModel realm = context.getRealm();
        Instant now = now();
        String lockout = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (lockout != null) {
            context.getEvent().user(user).error(lockout);
            context.challenge(page(context, PushPage.State.LOCKED, null, null));
            return;
        }
        KeycloakSession session = context.getSession();
        PushChallengeStore store = new PushChallengeStore(session.singleUseObjects());
        PushFatigue fatigue = new PushFatigue(session.singleUseObjects());
        if (fatigue.isMuted(realm.getId(), user.getId())) {
            context.challenge(page(context, PushPage.State.MUTED, null, null));
            return;
        }
        Optional<PushChallenge> own = ownChallenge(context);
        Optional<PushChallenge> open = store.openChallengeOf(realm.getId(), user.getId(), now);
        if (open.isPresent()) {
            boolean mine = own.isPresent() && own.get().id().equals(open.get().id());
            if (!resend) {
                context.challenge(page(context, mine ? PushPage.State.WAITING : PushPage.State.OTHER_PENDING,
                        mine ? open.get() : null, null));
                return;
            }
            if (store.cancel(open.get(), now)) {
                PushRuntime.of(session).announce(session, open.get().id());
            }
        } else if (store.isSlotTaken(realm.getId(), user.getId(), now)) {
            context.challenge(page(context, PushPage.State.OTHER_PENDING, null, null));
            return;
        }
        PushSettings settings = PushSettings.from(context.getAuthenticatorConfig() == null ? null
                : context.getAuthenticatorConfig().getConfig());
        List<AppCredentialModel> apps = user.credentialManager().getStoredCredentialsByTypeStream(AppCredentialModel.TYPE)
                .map(AppCredentialModel::from)
                .filter(c -> AppCredentialData.KIND_ALPENLOCK_APP.equals(c.data().kind()))
                .limit(PushChallenge.MAX_CREDENTIALS)
                .toList();
        if (apps.isEmpty()) {
            context.attempted();
            return;
        }
        BudgetDecision budget = fatigue.takePush(realm.getId(), user.getId(), settings.budget(), now);
        if (!budget.allowed()) {
            context.challenge(page(context, PushPage.State.BUDGET, null, budget.retryAfter()));
            return;
        }
        PushChallenge challenge = PushChallenge.create(realm.getId(), user.getId(),
                apps.stream().map(AppCredentialModel::getId).toList(), loginContext(context), settings.policy(),
                settings.lifetime(), now, RANDOM);
        if (!store.start(challenge, now)) {
            context.challenge(page(context, PushPage.State.OTHER_PENDING, null, null));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(NOTE_CHALLENGE, challenge.id());
        authSession.setAuthNote(NOTE_WATCH, store.newWatchToken(challenge, now, RANDOM));
        sendPushes(session, apps, challenge);
        PushRuntime.of(session).announceAfterCommit(session, PushRuntime.userKey(realm.getId(), user.getId()));
        context.challenge(page(context, PushPage.State.WAITING, challenge, null));
    }

    private static void sendPushes(KeycloakSession session, List<AppCredentialModel> apps, PushChallenge challenge) {
        PushSenderProvider sender = session.getProvider(PushSenderProvider.class);
        for (AppCredentialModel app : apps) {
            String target = app.data().pushTarget();
            if (target == null || sender == null) {
                continue; // this app polls GET /challenges
            }
            PushResult result;
            try {
                result = sender.send(PushMessage.withReference(target, challenge.id()));
            } catch (IllegalArgumentException e) {
                LOG.debugf("Alpenlock push: credential %s has an unusable push token", app.getId());
                continue;
            }
            if (!(result instanceof PushResult.Sent)) {
                LOG.debugf("Alpenlock push: push to credential %s (%s) not sent: %s", app.getId(),
                        PushMessage.fingerprint(target), result.getClass().getSimpleName());
            }
        }
    }

    private Optional<PushChallenge> ownChallenge(AuthenticationFlowContext context) {
        String id = context.getAuthenticationSession().getAuthNote(NOTE_CHALLENGE);
        if (id == null) {
            return Optional.empty();
        }
        return new PushChallengeStore(context.getSession().singleUseObjects()).find(id)
                .filter(c -> c.userId().equals(context.getUser().getId()) && c.realmId().equals(context.getRealm().getId()));
    }

    private LoginContext loginContext(AuthenticationFlowContext context) {
        ClientModel client = context.getAuthenticationSession().getClient();
        String clientName = client.getName() == null || client.getName().isBlank() || client.getName().startsWith("${")
                ? client.getClientId() : client.getName();
        String browser = "";
        String os = "";
        DeviceRepresentationProvider devices = context.getSession().getProvider(DeviceRepresentationProvider.class);
        DeviceRepresentation device = devices == null ? null : devices.deviceRepresentation();
        if (device != null) {
            browser = device.getBrowser() == null ? "" : device.getBrowser().replace('/', ' ');
            os = ((device.getOs() == null ? "" : device.getOs()) + " "
                    + (device.getOsVersion() == null || "Unknown".equals(device.getOsVersion()) ? "" : device.getOsVersion())).strip();
        }
        String ip = context.getConnection().getRemoteAddr();
        // Only with an operator's GeoIP database (PushAuthenticatorFactory.GEOIP_DATABASE); never in the push itself.
        String location = geo.approximateLocation(ip).orElse(null);
        return new LoginContext(clientName, browser, os, ip == null ? "" : ip, location);
    }

    private Response page(AuthenticationFlowContext context, PushPage.State state, PushChallenge challenge,
                          Duration retryAfter) {
        Map<String, Object> attributes = new LinkedHashMap<>(
                PushPage.attributes(state, challenge, now(), retryAfter));
        if (state == PushPage.State.WAITING && challenge != null) {
            String watch = context.getAuthenticationSession().getAuthNote(NOTE_WATCH);
            attributes.put("waitUrl", context.getSession().getContext().getUri().getBaseUriBuilder()
                    .path("realms").path(context.getRealm().getName()).path("alpenlock").path("push").path("wait")
                    .queryParam("watch", watch).build().toString());
        }
        return context.form().setAttribute("alpenlockPush", attributes).createForm(FORM);
    }

    private static Instant now() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(AppCredentialModel.TYPE)
                .map(AppCredentialModel::from)
                .anyMatch(c -> AppCredentialData.KIND_ALPENLOCK_APP.equals(c.data().kind()));
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        user.addRequiredAction(io.alpenlock.authenticators.device.EnrollAppRequiredActionFactory.PROVIDER_ID);
    }

    @Override
    public void close() {
    }
}
