package io.alpenlock.authenticators.device;

import java.io.InputStream;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.alpenlock.authenticators.app.AppCredentialData;
import io.alpenlock.authenticators.app.AppCredentialModel;
import io.alpenlock.authenticators.app.AppSecretData;
import io.alpenlock.core.dpop.VerifiedProof;
import io.alpenlock.core.totp.TotpSecret;
import jakarta.ws.rs.Consumes;
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

    DeviceResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @POST
    @Path("enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response enroll(@HeaderParam("DPoP") String proof, InputStream in) {
        byte[] body = DeviceRequests.readBody(in);
        VerifiedProof device = DeviceRequests.verify(session, proof, "POST", body);
        EnrollmentRequest request = EnrollmentRequest.parse(body);
        EnrollmentTokens tokens = new EnrollmentTokens(session.singleUseObjects());
        String userId = tokens.redeem(realm.getId(), request.token())
                .orElseThrow(() -> DeviceError.badRequest("The enrolment link is invalid, used or expired"));
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null || !user.isEnabled()) {
            throw DeviceError.badRequest("The enrolment link is invalid, used or expired");
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
        tokens.markDone(request.token(), credentialId);
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
                        .map(c -> account(user, c.getId(), c.getUserLabel(), c.getCreatedDate())))
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
