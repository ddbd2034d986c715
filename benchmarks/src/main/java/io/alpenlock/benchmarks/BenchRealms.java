package io.alpenlock.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alpenlock.core.totp.TotpSecret;

/**
 * The two benchmark realms, both made from the demo realm file ({@code accounts-realm.json}: same client
 * {@code alpenlock-demo-webmail}, confidential with PKCE S256; same brute-force protection, theme, events, password
 * policy) and differing only in the browser flow:
 * <ul>
 *   <li>{@value #STOCK}: Keycloak's built-in {@code browser} flow (its "Browser - Conditional 2FA" subflow asks
 *       users with an {@code otp} credential for Keycloak's own OTP);</li>
 *   <li>{@value #ALPENLOCK}: the demo's {@code alpenlock browser} flow (push first, app code as the alternative),
 *       number matching on, with the push budget raised to {@value #PUSH_BUDGET}.</li>
 * </ul>
 * Organizations are switched off in both: none exist here, and the stock flow's Organization step would otherwise
 * query for them at every login, a cost the Alpenlock flow does not have.
 */
final class BenchRealms {

    static final String STOCK = Mode.STOCK_OTP.realm();
    static final String ALPENLOCK = Mode.APP_CODE.realm();
    static final String PASSWORD = "bench-password-2026";
    /**
     * The push budget (default 3/10m per user) is an anti-fatigue control: it stops pushes to one person who is
     * being bombarded. It is not a throughput limit, and the benchmark's 4 push users sign in hundreds of times.
     * 1000 is the most uses a budget accepts (a larger value is refused and the step falls back to 3/10m); per
     * minute that is over 16 pushes a second for one user, far more than one user's logins reach here.
     */
    static final String PUSH_BUDGET = "1000/1m";
    static final String PUSH_SETTINGS_ALIAS = "alpenlock push settings";
    static final String DOMAIN = "@bench.alpenlock.test";
    private static final String RAW_OTP_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private BenchRealms() {
    }

    /** The stock realm, without users. */
    static ObjectNode stock(ObjectNode demoRealm) {
        ObjectNode realm = common(demoRealm, STOCK);
        realm.put("displayName", demoRealm.path("displayName").asText("Accounts") + " (stock flow)");
        realm.remove("authenticationFlows");
        realm.remove("authenticatorConfig");
        realm.put("browserFlow", "browser");
        return realm;
    }

    /** The Alpenlock realm, without users. */
    static ObjectNode alpenlock(ObjectNode demoRealm) {
        ObjectNode realm = common(demoRealm, ALPENLOCK);
        boolean found = false;
        for (var config : realm.path("authenticatorConfig")) {
            if (PUSH_SETTINGS_ALIAS.equals(config.path("alias").asText())) {
                ObjectNode settings = (ObjectNode) config.get("config");
                settings.put("alpenlock.push.budget", PUSH_BUDGET);
                settings.put("alpenlock.push.numberMatching", "true");
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("The demo realm has no authenticator config \"" + PUSH_SETTINGS_ALIAS + "\"");
        }
        return realm;
    }

    private static ObjectNode common(ObjectNode demoRealm, String name) {
        ObjectNode realm = demoRealm.deepCopy();
        realm.put("realm", name);
        realm.remove("id");
        realm.remove("users");
        realm.remove("smtpServer");
        realm.put("organizationsEnabled", false);
        return realm;
    }

    /** Users with Keycloak's own TOTP credential ({@code otp}: a raw 20-character secret, HmacSHA1, 6 digits, 30 s). */
    static List<BenchUser> stockUsers(int count, SecureRandom random) {
        List<BenchUser> users = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            StringBuilder raw = new StringBuilder();
            for (int c = 0; c < 20; c++) {
                raw.append(RAW_OTP_ALPHABET.charAt(random.nextInt(RAW_OTP_ALPHABET.length())));
            }
            String text = raw.toString();
            users.add(new BenchUser(String.format("stock-%05d", i) + DOMAIN, text,
                    TotpSecret.fromBytes(text.getBytes(StandardCharsets.UTF_8))));
        }
        return users;
    }

    /** Users with a standard authenticator app on our credential ({@code alpenlock-app}, kind {@code totp-app}). */
    static List<BenchUser> appUsers(int count, SecureRandom random) {
        List<BenchUser> users = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            TotpSecret secret = TotpSecret.generate(random);
            users.add(new BenchUser(String.format("app-%05d", i) + DOMAIN, secret.toBase32(), secret));
        }
        return users;
    }

    /** Users that will enrol the Alpenlock app on their first sign-in. */
    static List<BenchUser> pushUsers(int count) {
        List<BenchUser> users = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            users.add(BenchUser.withoutSecret("push-" + i + DOMAIN));
        }
        return users;
    }

    static Map<String, Object> otpCredential(BenchUser user) {
        return credential("otp", "Bench phone",
                "{\"subType\":\"totp\",\"digits\":6,\"period\":30,\"algorithm\":\"HmacSHA1\",\"counter\":0}",
                json(Map.of("value", user.secretText())));
    }

    static Map<String, Object> appCredential(BenchUser user) {
        return credential("alpenlock-app", "Authenticator app",
                "{\"kind\":\"totp-app\",\"digits\":6,\"period\":30,\"algorithm\":\"SHA1\"}",
                json(Map.of("totpSecret", user.secretText())));
    }

    /** A set of 10 backup codes as the server stores it (format of alpenlock-backup-codes, see core.backup). */
    static Map<String, Object> backupCodesCredential(SecureRandom random) {
        io.alpenlock.core.backup.HashedBackupCodes hashed = io.alpenlock.core.backup.HashedBackupCodes.hash(
                io.alpenlock.core.backup.BackupCodeGenerator.newSet(random),
                random, io.alpenlock.core.backup.HashedBackupCodes.DEFAULT_ITERATIONS);
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        return credential("alpenlock-backup-codes", "Backup codes",
                json(Map.of("total", hashed.size(), "createdAt", System.currentTimeMillis(),
                        "algorithm", hashed.algorithm(), "iterations", hashed.iterations())),
                json(Map.of("salt", base64.encodeToString(hashed.salt()),
                        "hashes", hashed.hashes().stream().map(base64::encodeToString).toList())));
    }

    /** A user representation for import: enabled, verified e-mail as username, the given credentials. */
    static Map<String, Object> user(String realm, BenchUser user, List<Map<String, Object>> credentials,
            List<String> requiredActions) {
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("username", user.username());
        representation.put("email", user.username());
        representation.put("emailVerified", true);
        representation.put("enabled", true);
        representation.put("firstName", "Bench");
        representation.put("lastName", user.username().substring(0, user.username().indexOf('@')));
        representation.put("attributes", Map.of("locale", List.of("en")));
        representation.put("realmRoles", List.of("default-roles-" + realm));
        representation.put("credentials", credentials);
        representation.put("requiredActions", requiredActions);
        return representation;
    }

    /** The body of {@code POST /admin/realms/{realm}/partialImport} for these users. */
    static Map<String, Object> partialImport(List<Map<String, Object>> users) {
        return Map.of("ifResourceExists", "FAIL", "users", users);
    }

    private static Map<String, Object> credential(String type, String label, String credentialData, String secretData) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("type", type);
        credential.put("userLabel", label);
        credential.put("credentialData", credentialData);
        credential.put("secretData", secretData);
        return credential;
    }

    private static String json(Object value) {
        try {
            return AdminClient.JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
