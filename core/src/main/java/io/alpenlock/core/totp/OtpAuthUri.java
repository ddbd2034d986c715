package io.alpenlock.core.totp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code otpauth://totp/…} URI of Google Authenticator's key-URI format, for QR codes that standard apps scan:
 * {@code otpauth://totp/{issuer}:{account}?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30}.
 *
 * <p>Issuer and account are percent-encoded as UTF-8 (RFC 3986: everything but {@code A-Z a-z 0-9 - . _ ~}, so a
 * space is {@code %20}, never {@code +}); neither may contain a colon or control characters. The URI holds the
 * secret: {@link #toString()} hides it, {@link #toUriString()} is for the QR code only. {@link #parse} reads such a
 * URI back (the reference device client uses it).
 */
public final class OtpAuthUri {

    public static final int MAX_LABEL_PART_LENGTH = 256;
    private static final String PREFIX = "otpauth://totp/";

    private final String issuer;
    private final String account;
    private final TotpSecret secret;
    private final TotpParameters parameters;

    private OtpAuthUri(String issuer, String account, TotpSecret secret, TotpParameters parameters) {
        this.issuer = checkLabelPart(issuer, "issuer");
        this.account = checkLabelPart(account, "account");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public static Builder builder() {
        return new Builder();
    }

    public String issuer() {
        return issuer;
    }

    public String account() {
        return account;
    }

    public TotpSecret secret() {
        return secret;
    }

    public TotpParameters parameters() {
        return parameters;
    }

    /** The full URI, secret included: only for the QR code (or a "can't scan?" text shown once). */
    public String toUriString() {
        return uri(secret.toBase32());
    }

    private String uri(String secretText) {
        return PREFIX + encode(issuer) + ":" + encode(account) + "?secret=" + secretText + "&issuer=" + encode(issuer)
                + "&algorithm=" + parameters.algorithm().uriName() + "&digits=" + parameters.digits()
                + "&period=" + parameters.periodSeconds();
    }

    @Override
    public String toString() {
        return uri("<hidden>");
    }

    /**
     * Reads an {@code otpauth://totp/} URI. The issuer comes from the label prefix or the {@code issuer} parameter
     * (they must agree when both are present); algorithm, digits and period default to SHA1, 6 and 30.
     *
     * @throws IllegalArgumentException if it is not a valid TOTP key URI; the message never contains the URI
     */
    public static OtpAuthUri parse(String uri) {
        Objects.requireNonNull(uri, "uri");
        if (uri.length() > 4096 || !uri.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new IllegalArgumentException("not an otpauth://totp/ URI");
        }
        int query = uri.indexOf('?');
        int fragment = uri.indexOf('#');
        if (query < 0 || fragment >= 0) {
            throw new IllegalArgumentException("an otpauth URI needs a query and has no fragment");
        }
        String label = decode(uri.substring(PREFIX.length(), query));
        Map<String, String> params = new HashMap<>();
        for (String pair : uri.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (params.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("repeated otpauth parameter");
            }
        }
        int colon = label.indexOf(':');
        String labelIssuer = colon < 0 ? null : label.substring(0, colon).strip();
        String account = (colon < 0 ? label : label.substring(colon + 1)).strip();
        String issuer = params.getOrDefault("issuer", labelIssuer);
        if (issuer == null || (labelIssuer != null && !labelIssuer.equals(issuer))) {
            throw new IllegalArgumentException("the otpauth URI has no issuer, or two different ones");
        }
        String secret = params.get("secret");
        if (secret == null) {
            throw new IllegalArgumentException("the otpauth URI has no secret");
        }
        TotpParameters parameters = new TotpParameters(
                TotpAlgorithm.fromUriName(params.getOrDefault("algorithm", "SHA1")),
                number(params.getOrDefault("digits", "6")),
                Duration.ofSeconds(number(params.getOrDefault("period", "30"))));
        return new OtpAuthUri(issuer, account, TotpSecret.fromBase32(secret), parameters);
    }

    private static int number(String text) {
        if (!text.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("digits and period must be small numbers");
        }
        return Integer.parseInt(text);
    }

    private static String checkLabelPart(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > MAX_LABEL_PART_LENGTH || value.indexOf(':') >= 0
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the " + name + " must have 1 to " + MAX_LABEL_PART_LENGTH
                    + " characters, no colon and no control characters");
        }
        return value;
    }

    /** RFC 3986 percent-encoding of the UTF-8 bytes; only unreserved characters stay as they are. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** Strict percent-decoding ({@code +} stays {@code +}); the bytes must be valid UTF-8. */
    static String decode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                int high = i + 2 < value.length() ? hex(value.charAt(i + 1)) : -1;
                int low = high >= 0 ? hex(value.charAt(i + 2)) : -1;
                if (low < 0) {
                    throw new IllegalArgumentException("invalid percent-encoding in the otpauth URI");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("invalid character in the otpauth URI");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the otpauth URI is not UTF-8");
        }
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    /** Collects the parts of an {@link OtpAuthUri}; parameters default to {@link TotpParameters#DEFAULT}. */
    public static final class Builder {
        private String issuer;
        private String account;
        private TotpSecret secret;
        private TotpParameters parameters = TotpParameters.DEFAULT;

        private Builder() {
        }

        /** Shown by the app above the account, e.g. the provider's name. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Usually the login identifier, e.g. {@code alice@example.org}. */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        public Builder secret(TotpSecret secret) {
            this.secret = secret;
            return this;
        }

        public Builder parameters(TotpParameters parameters) {
            this.parameters = parameters;
            return this;
        }

        /** @throws IllegalArgumentException / NullPointerException when a part is missing or invalid */
        public OtpAuthUri build() {
            return new OtpAuthUri(issuer, account, secret, parameters);
        }
    }
}
