package io.alpenlock.authenticators.sms;

import java.util.Map;

import io.alpenlock.core.phone.E164Number;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/** The two pages of a mobile-number check: the number, then the code sent to it ({@value #FORM}). */
final class PhonePages {

    static final String FORM = "alpenlock-verify-phone.ftl";
    static final String FIELD_NUMBER = "phoneNumber";
    static final String FIELD_CODE = "code";
    static final String FIELD_ACTION = "alpenlockAction";
    static final String ACTION_SEND = "send";
    static final String ACTION_RESEND = "resend";
    static final String ACTION_CHANGE = "change";

    private PhonePages() {
    }

    static Response numberForm(RequiredActionContext context, String typed, String errorKey) {
        LoginFormsProvider form = context.form().setAttribute("alpenlockPhone",
                Map.of("step", "number", "typed", typed == null ? "" : typed));
        if (errorKey != null) {
            form.addError(new FormMessage(FIELD_NUMBER, errorKey));
        }
        return form.createForm(FORM);
    }

    static Response codeForm(RequiredActionContext context, E164Number number, String errorKey, String infoKey) {
        LoginFormsProvider form = context.form().setAttribute("alpenlockPhone",
                Map.of("step", "code", "masked", number.masked()));
        if (errorKey != null) {
            form.addError(new FormMessage(FIELD_CODE, errorKey));
        }
        if (infoKey != null) {
            form.setInfo(infoKey);
        }
        return form.createForm(FORM);
    }
}
