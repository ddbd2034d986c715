package io.alpenlock.authenticators.device;

import java.io.InputStream;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.alpenlock.authenticators.app.AppCredentialData;
import io.alpenlock.authenticators.app.AppCredentialModel;
import io.alpenlock.authenticators.app.AppSecretData;
import io.alpenlock.authenticators.backup.BackupCodeActivation;
import io.alpenlock.core.dpop.VerifiedProof;
import io.alpenlock.core.totp.TotpSecret;
import io.alpenlock.authenticators.push.PushAnswers;
import io.alpenlock.authenticators.push.PushRuntime;
import io.alpenlock.authenticators.push.challenge.ChallengeResponse;
import io.alpenlock.authenticators.push.challenge.ChallengeView;
import io.alpenlock.authenticators.push.challenge.Outcome;
import io.alpenlock.authenticators.push.challenge.PushChallenge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * {@code /realms/{realm}/alpenlock/device/…}: the API the authenticator app calls, every request
 * bound to the device key by a DPoP proof. See docs/device-api.md.
 */
public class DeviceResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PushRuntime pushRuntime;

    DeviceResource(KeycloakSession session, PushRuntime pushRuntime) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.pushRuntime = pushRuntime;
    }

    /**
     * The open push challenges of every account this key enrolled in the realm. With {@code wait} (1..30 s)
     * and {@code known} (the ids the app already has, comma-separated), the answer waits until there is a
     * challenge not in {@code known}: a long poll for apps without FCM, woken by the new challenge itself.
     */
    @GET
    @Path("challenges")
    @Produces(MediaType.APPLICATION_JSON)
    public Response challenges(@HeaderParam("DPoP") String proof, @QueryParam("wait") String wait,
                               @QueryParam("known") String known) {
        VerifiedProof device = DeviceRequests.verify(session, proof, "GET", new byte[0]);
        int waitSeconds = LongPoll.waitSeconds(wait);
        java.util.Set<String> knownIds = LongPoll.knownIds(known);
        DeviceKeys keys = new DeviceKeys(session, realm);
        PushAnswers answers = new PushAnswers(session, pushRuntime);
        List<UserModel> users = keys.usersOf(device.thumbprint()).toList();
        List<Map<String, Object>> open = openChallenges(keys, answers, users, device.thumbprint());
        if (waitSeconds > 0 && LongPoll.nothingNew(open, knownIds)) {
            answers.awaitNewChallenge(users, java.time.Duration.ofSeconds(waitSeconds),
                    () -> LongPoll.nothingNew(openChallenges(keys, answers, users, device.thumbprint()), knownIds));
            open = openChallenges(keys, answers, users, device.thumbprint());
        }
        return Response.ok(open).header("Cache-Control", "no-store").build();
    }

    private List<Map<String, Object>> openChallenges(DeviceKeys keys, PushAnswers answers, List<UserModel> users,
                                                     String thumbprint) {
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        List<Map<String, Object>> open = new ArrayList<>();
        users.forEach(user -> answers.openChallengeOf(user).ifPresent(challenge ->
                keys.credentialsOf(user, thumbprint)
                        .filter(c -> challenge.isAllowed(c.getId()))
                        .forEach(c -> ChallengeView.forDevice(challenge, c.getId(), now)
                                .ifPresent(view -> open.add(challengeJson(view, c.getId(), challenge))))));
        return open;
    }

    /** An app's answer: approve with the number, deny, or "this wasn't me". */
    @POST
    @Path("challenges/{challengeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response answer(@HeaderParam("DPoP") String proof, @PathParam("challengeId") String challengeId,
                           InputStream in) {
        byte[] body = DeviceRequests.readBody(in);
        VerifiedProof device = DeviceRequests.verify(session, proof, "POST", body);
        ChallengeResponse response = ChallengeAnswerRequest.parse(body);
        PushAnswers answers = new PushAnswers(session, pushRuntime);
        PushChallenge challenge = answers.find(challengeId).orElseThrow(DeviceResource::noSuchChallenge);
        UserModel user = session.users().getUserById(realm, challenge.userId());
        if (user == null) {
            throw noSuchChallenge();
        }
        AppCredentialModel app = new DeviceKeys(session, realm).credentialsOf(user, device.thumbprint())
                .filter(c -> challenge.isAllowed(c.getId()))
                .findFirst()
                .orElseThrow(DeviceResource::noSuchChallenge);
        if (response instanceof ChallengeResponse.Approve approve && approve.choice() == 0
                && challenge.policy().numberMatching() && challenge.isOpen(Instant.ofEpochMilli(Time.currentTimeMillis()))) {
            throw DeviceError.badRequest("number is required: pick the number shown on the sign-in page");
        }
        Outcome outcome = answers.answer(user, challenge, app, response);
        if (outcome.result() == Outcome.Result.NOT_FOUND) {
            throw noSuchChallenge();
        }
        return Response.ok(Map.of("result", outcome.result().name().toLowerCase(Locale.ROOT)))
                .header("Cache-Control", "no-store").build();
    }

    /** Sets (or clears, with null) the FCM registration token of every enrolment of this key in the realm. */
    @PUT
    @Path("push-token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response pushToken(@HeaderParam("DPoP") String proof, InputStream in) {
        byte[] body = DeviceRequests.readBody(in);
        VerifiedProof device = DeviceRequests.verify(session, proof, "PUT", body);
        String token = PushTokenRequest.parse(body);
        DeviceKeys keys = new DeviceKeys(session, realm);
        int updated = 0;
        for (UserModel user : keys.usersOf(device.thumbprint()).toList()) {
            for (AppCredentialModel c : keys.credentialsOf(user, device.thumbprint()).toList()) {
                user.credentialManager().updateStoredCredential(c.withData(c.data().withPushTarget(token)));
                updated++;
            }
        }
        return Response.ok(Map.of("updated", updated)).header("Cache-Control", "no-store").build();
    }

    /**
     * Moves every enrolment of this key in the realm to a new key. The request is signed by the current key
     * ({@code DPoP}) and by the new one ({@code DPoP-New-Key}), so the app proves it holds both.
     */
    @POST
    @Path("key-rotation")
    @Produces(MediaType.APPLICATION_JSON)
    public Response rotateKey(@HeaderParam("DPoP") String proof, @HeaderParam("DPoP-New-Key") String newKeyProof,
                              InputStream in) {
        byte[] body = DeviceRequests.readBody(in);
        VerifiedProof device = DeviceRequests.verify(session, proof, "POST", body);
        if (newKeyProof == null || newKeyProof.isBlank()) {
            throw DeviceError.badRequest("Missing header DPoP-New-Key: a proof signed by the new key");
        }
        VerifiedProof newKey = DeviceRequests.verify(session, newKeyProof, "POST", body);
        if (newKey.thumbprint().equals(device.thumbprint())) {
            throw DeviceError.badRequest("The new key is the current key");
        }
        DeviceKeys keys = new DeviceKeys(session, realm);
        if (keys.usersOf(newKey.thumbprint()).findAny().isPresent()) {
            throw DeviceError.conflict("The new key already has enrolments in this realm");
        }
        Map<String, Object> jwk = new LinkedHashMap<>(newKey.publicJwk().toMap());
        int updated = 0;
        for (UserModel user : keys.usersOf(device.thumbprint()).toList()) {
            for (AppCredentialModel c : keys.credentialsOf(user, device.thumbprint()).toList()) {
                user.credentialManager().updateStoredCredential(c.withData(c.data().withDeviceKey(jwk, newKey.thumbprint())));
                updated++;
            }
            keys.remember(user, newKey.thumbprint());
            keys.forgetIfUnused(user, device.thumbprint());
        }
        if (updated == 0) {
            throw DeviceError.notFound();
        }
        return Response.ok(Map.of("updated", updated, "keyThumbprint", newKey.thumbprint()))
                .header("Cache-Control", "no-store").build();
    }

    private static Map<String, Object> challengeJson(ChallengeView.ForDevice view, String credentialId, PushChallenge challenge) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.id());
        json.put("credentialId", credentialId);
        json.put("expiresAt", view.expiresAt().toEpochMilli());
        json.put("numberMatching", challenge.policy().numberMatching());
        json.put("choices", view.choices());
        json.put("client", view.clientName());
        json.put("browser", view.browser());
        json.put("os", view.os());
        json.put("ipAddress", view.ipAddress());
        if (view.location() != null) {
            json.put("location", view.location());
        }
        return json;
    }

    private static DeviceError noSuchChallenge() {
        return DeviceError.notFound("No open challenge with this id for this device");
    }

    @POST
    @Path("enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response enroll(@HeaderParam("DPoP") String proof, @HeaderParam("Authorization") String authorization,
                           InputStream in) {
        byte[] body = DeviceRequests.readBody(in);
        VerifiedProof device = DeviceRequests.verify(session, proof, "POST", body);
        boolean fromThisMobile = authorization != null;
        EnrollmentRequest request = EnrollmentRequest.parse(body, !fromThisMobile);
        EnrollmentTokens tokens = new EnrollmentTokens(session.singleUseObjects());
        UserModel user;
        if (fromThisMobile) {
            user = ConnectAuthorization.userOf(session, authorization);
        } else {
            String userId = tokens.redeem(realm.getId(), request.token())
                    .orElseThrow(() -> DeviceError.badRequest("The enrolment link is invalid, used or expired"));
            user = session.users().getUserById(realm, userId);
            if (user == null || !user.isEnabled()) {
                throw DeviceError.badRequest("The enrolment link is invalid, used or expired");
            }
        }
        DeviceKeys keys = new DeviceKeys(session, realm);
        if (keys.credentialsOf(user, device.thumbprint()).findAny().isPresent()) {
            throw DeviceError.conflict("This app is already enrolled for this account");
        }
        TotpSecret secret = TotpSecret.generate(RANDOM);
        Map<String, Object> jwk = new LinkedHashMap<>(device.publicJwk().toMap());
        AppCredentialModel credential = AppCredentialModel.create(request.label(),
                AppCredentialData.alpenlockApp(request.platform(), jwk, device.thumbprint(), request.pushToken()),
                new AppSecretData(secret.toBase32()), Time.currentTimeMillis());
        String credentialId;
        try {
            credentialId = user.credentialManager().createStoredCredential(credential).getId();
        } catch (ModelDuplicateException e) {
            throw DeviceError.conflict("You already have an app with this label");
        }
        keys.remember(user, device.thumbprint());
        BackupCodeActivation.afterSecondFactorAdded(realm, user, null);
        if (!fromThisMobile) {
            tokens.markDone(request.token(), credentialId);
        }
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.UPDATE_CREDENTIAL).user(user)
                .detail(Details.CREDENTIAL_TYPE, AppCredentialModel.TYPE)
                .detail(Details.CREDENTIAL_ID, credentialId)
                .detail(Details.CREDENTIAL_USER_LABEL, request.label())
                .success();
        Map<String, Object> answer = account(user, credentialId, request.label(), credential.getCreatedDate());
        answer.put("totp", Map.of("secret", secret.toBase32(), "algorithm", "SHA1", "digits", 6, "period", 30));
        return Response.status(Response.Status.CREATED).entity(answer).header("Cache-Control", "no-store").build();
    }

    /** For the waiting enrolment page: has the link behind this reference been used? */
    @GET
    @Path("enrollments/status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@QueryParam("ref") String reference) {
        boolean done = reference != null && reference.length() <= 64
                && session.singleUseObjects().contains(EnrollmentTokens.DONE + reference);
        return Response.ok(Map.of("done", done)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("accounts")
    @Produces(MediaType.APPLICATION_JSON)
    public Response accounts(@HeaderParam("DPoP") String proof) {
        VerifiedProof device = DeviceRequests.verify(session, proof, "GET", new byte[0]);
        DeviceKeys keys = new DeviceKeys(session, realm);
        List<Map<String, Object>> accounts = keys.usersOf(device.thumbprint())
                .flatMap(user -> keys.credentialsOf(user, device.thumbprint())
                        .map(c -> {
                            Map<String, Object> account = account(user, c.getId(), c.getUserLabel(), c.getCreatedDate());
                            if (c.data().lastUsedAt() != null) {
                                account.put("lastUsedAt", c.data().lastUsedAt());
                            }
                            return account;
                        }))
                .toList();
        return Response.ok(accounts).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("accounts/{credentialId}")
    public Response unenroll(@HeaderParam("DPoP") String proof, @PathParam("credentialId") String credentialId) {
        VerifiedProof device = DeviceRequests.verify(session, proof, "DELETE", new byte[0]);
        DeviceKeys keys = new DeviceKeys(session, realm);
        UserModel user = keys.usersOf(device.thumbprint())
                .filter(u -> keys.credentialsOf(u, device.thumbprint()).anyMatch(c -> c.getId().equals(credentialId)))
                .findFirst()
                .orElseThrow(DeviceError::notFound);
        user.credentialManager().removeStoredCredentialById(credentialId);
        keys.forgetIfUnused(user, device.thumbprint());
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.REMOVE_CREDENTIAL).user(user)
                .detail(Details.CREDENTIAL_TYPE, AppCredentialModel.TYPE)
                .detail(Details.CREDENTIAL_ID, credentialId)
                .success();
        return Response.noContent().build();
    }

    private Map<String, Object> account(UserModel user, String credentialId, String label, Long createdAt) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("credentialId", credentialId);
        account.put("realm", realm.getName());
        account.put("username", user.getUsername());
        account.put("issuer", realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName() : realm.getDisplayName());
        account.put("label", label);
        account.put("createdAt", createdAt);
        return account;
    }
}
