package io.alpenlock.organizations.membership;

import java.util.Objects;

import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminAuth;

/**
 * Who asks for a membership operation.
 *
 * @param user               the member acting in their organizations (self-service API, members page); for a
 *                           realm administrator, the administrator's user (who is not bound by organization roles)
 * @param auth               what the admin event records as the actor (realm, client, user, token if any)
 * @param realmAdministrator whether the organization rules' hierarchy is waived (admin endpoint): only the
 *                           organization's invariants apply
 */
public record Caller(UserModel user, AdminAuth auth, boolean realmAdministrator) {

    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(auth, "auth");
    }

    public static Caller member(AdminAuth auth) {
        return new Caller(auth.getUser(), auth, false);
    }

    public static Caller realmAdministrator(AdminAuth auth) {
        return new Caller(auth.getUser(), auth, true);
    }

    /** The name shown to a member whose role this caller changed. */
    public String displayName() {
        String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
        String last = user.getLastName() == null ? "" : user.getLastName().strip();
        String name = (first + " " + last).strip();
        if (!name.isEmpty()) {
            return name;
        }
        return user.getEmail() != null ? user.getEmail() : user.getUsername();
    }
}
