package io.alpenlock.events;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;

/**
 * The settings-only required action: it exists so that realm administrators can switch security
 * e-mails on and off in the console (its ⚙ configuration). It never asks a user anything: it never
 * triggers by itself, and should an administrator put it on a user, it completes at once.
 */
public class SecurityEmailsRequiredAction implements RequiredActionProvider {

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Never put on a user.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.success();
    }

    @Override
    public void processAction(RequiredActionContext context) {
        context.success();
    }

    @Override
    public void close() {
    }
}
