package io.alpenlock.organizations.notices;

import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;

/**
 * Runs a step once the request's transaction has committed, and never when it rolls back. Keycloak runs
 * after-completion steps after the main commit; a failure here must not turn a done change into an error
 * answer, so it is logged and swallowed.
 */
final class AfterCommit extends AbstractKeycloakTransaction {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class);

    private final String what;
    private final Runnable step;

    AfterCommit(String what, Runnable step) {
        this.what = what;
        this.step = step;
    }

    @Override
    protected void commitImpl() {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.errorf("Could not send the %s notice: %s", what, e.toString());
        }
    }

    @Override
    protected void rollbackImpl() {
        // the change did not happen: nobody is told anything
    }
}
