package io.alpenlock.authenticators.recoveryemail;

import java.util.Map;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/** The two pages of a recovery-address check: the address, then the code sent to it ({@value #FORM}). */
final class RecoveryEmailPages {

    static final String FORM = "alpenlock-verify-recovery-email.ftl";
    static final String FIELD_ADDRESS = "recoveryEmail";
    static final String FIELD_CODE = "code";
    static final String FIELD_ACTION = "alpenlockAction";
    static final String ACTION_SEND = "send";
    static final String ACTION_RESEND = "resend";
    static final String ACTION_CHANGE = "change";
    /** Longest typed text shown back on the page (the rest is not worth showing, and was refused anyway). */
    private static final int MAX_ECHO = 254;

    private RecoveryEmailPages() {
    }

    static Response addressForm(RequiredActionContext context, String typed, String errorKey) {
        String echo = typed == null ? "" : typed.length() > MAX_ECHO ? "" : typed;
        LoginFormsProvider form = context.form().setAttribute("alpenlockRecoveryEmail",
                Map.of("step", "address", "typed", echo));
        if (errorKey != null) {
            form.addError(new FormMessage(FIELD_ADDRESS, errorKey));
        }
        return form.createForm(FORM);
    }

    static Response codeForm(RequiredActionContext context, String masked, String errorKey, String infoKey) {
        LoginFormsProvider form = context.form().setAttribute("alpenlockRecoveryEmail",
                Map.of("step", "code", "masked", masked));
        if (errorKey != null) {
            form.addError(new FormMessage(FIELD_CODE, errorKey));
        }
        if (infoKey != null) {
            form.setInfo(infoKey);
        }
        return form.createForm(FORM);
    }
}
