package io.alpenlock.benchmarks;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One precomputed password hash that all benchmark users share, so that importing thousands of users does not hash
 * thousands of times. It is made with exactly the parameters the server itself used for a probe user (read back as
 * that credential's {@code credentialData}), so Keycloak verifies it normally at every login and never re-hashes it.
 * Keycloak's default is Argon2 ({@code argon2}, type id, version 1.3); other algorithms are refused.
 *
 * @param credentialData the server's credential data, unchanged
 * @param secretData     {@code {"value": <Base64 hash>, "salt": <Base64 salt>}} as Keycloak stores it
 */
record PasswordHash(String credentialData, String secretData) {

    /** Hashes {@code password} as the server would with the parameters of {@code serverCredentialData}. */
    static PasswordHash like(String serverCredentialData, String password, SecureRandom random) throws IOException {
        JsonNode data = AdminClient.JSON.readTree(serverCredentialData);
        String algorithm = data.path("algorithm").asText();
        if (!"argon2".equals(algorithm)) {
            throw new IllegalStateException("The server hashes passwords with " + algorithm
                    + "; the benchmark precomputes argon2 hashes only");
        }
        JsonNode parameters = data.path("additionalParameters");
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(type(first(parameters, "type")))
                .withVersion(version(first(parameters, "version")))
                .withSalt(salt)
                .withParallelism(Integer.parseInt(first(parameters, "parallelism")))
                .withMemoryAsKB(Integer.parseInt(first(parameters, "memory")))
                .withIterations(data.path("hashIterations").asInt())
                .build());
        byte[] hash = new byte[Integer.parseInt(first(parameters, "hashLength"))];
        generator.generateBytes(password.toCharArray(), hash); // UTF-8, as Keycloak calls it
        Map<String, String> secret = new LinkedHashMap<>();
        secret.put("value", Base64.getEncoder().encodeToString(hash));
        secret.put("salt", Base64.getEncoder().encodeToString(salt));
        return new PasswordHash(serverCredentialData, AdminClient.JSON.writeValueAsString(secret));
    }

    /**
     * How long one hash with the server's parameters takes on one core of this machine (BouncyCastle, after a few
     * rounds to warm up): the share of a login's CPU time that the password step costs in every mode.
     */
    static double millisPerHash(String serverCredentialData, String password) throws IOException {
        java.util.List<Double> times = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long start = System.nanoTime();
            like(serverCredentialData, password, new SecureRandom());
            times.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.median(times.subList(4, times.size()));
    }

    /** {@code argon2 id v1.3 m=7168 KiB t=5 p=1} from the server's credential data. */
    static String describe(String serverCredentialData) throws IOException {
        JsonNode data = AdminClient.JSON.readTree(serverCredentialData);
        JsonNode parameters = data.path("additionalParameters");
        return data.path("algorithm").asText() + " " + first(parameters, "type") + " v" + first(parameters, "version")
                + " m=" + first(parameters, "memory") + " KiB t=" + data.path("hashIterations").asInt()
                + " p=" + first(parameters, "parallelism");
    }

    /** The credential of a user representation for import. */
    Map<String, Object> credential() {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("type", "password");
        credential.put("credentialData", credentialData);
        credential.put("secretData", secretData);
        return credential;
    }

    private static String first(JsonNode parameters, String name) {
        JsonNode value = parameters.path(name);
        JsonNode text = value.isArray() ? value.path(0) : value;
        if (text.isMissingNode() || text.isNull()) {
            throw new IllegalStateException("The server's argon2 credential data has no " + name);
        }
        return text.asText();
    }

    static int type(String type) {
        return switch (type) {
            case "id" -> Argon2Parameters.ARGON2_id;
            case "i" -> Argon2Parameters.ARGON2_i;
            case "d" -> Argon2Parameters.ARGON2_d;
            default -> throw new IllegalStateException("Unknown argon2 type " + type);
        };
    }

    static int version(String version) {
        return switch (version) {
            case "1.3" -> Argon2Parameters.ARGON2_VERSION_13;
            case "1.0" -> Argon2Parameters.ARGON2_VERSION_10;
            default -> throw new IllegalStateException("Unknown argon2 version " + version);
        };
    }
}
