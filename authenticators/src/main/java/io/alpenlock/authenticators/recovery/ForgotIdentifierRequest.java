package io.alpenlock.authenticators.recovery;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What the forgotten-identifier form sent: the mobile number, and when the realm asks for it the recovery e-mail
 * address and the channel the person picked ({@code sms} or {@code email}). Typed text longer than a sane address
 * is not shown back on the page.
 */
record ForgotIdentifierRequest(String typedNumber, String typedEmail, boolean askEmail, boolean byEmail) {

    static final String FIELD_NUMBER = "phoneNumber";
    static final String FIELD_EMAIL = "recoveryEmail";
    static final String FIELD_CHANNEL = "channel";
    private static final int MAX_ECHO = 254;

    static ForgotIdentifierRequest read(MultivaluedMap<String, String> params, boolean askEmail) {
        String number = params == null ? null : params.getFirst(FIELD_NUMBER);
        String email = params == null || !askEmail ? null : params.getFirst(FIELD_EMAIL);
        boolean byEmail = askEmail && params != null && "email".equals(params.getFirst(FIELD_CHANNEL));
        return new ForgotIdentifierRequest(number, email, askEmail, byEmail);
    }

    static ForgotIdentifierRequest empty(boolean askEmail) {
        return new ForgotIdentifierRequest("", "", askEmail, false);
    }

    String echoNumber() {
        return echo(typedNumber);
    }

    String echoEmail() {
        return echo(typedEmail);
    }

    private static String echo(String typed) {
        return typed == null || typed.length() > MAX_ECHO ? "" : typed;
    }
}
