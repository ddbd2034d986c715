package io.alpenlock.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Writes a Google service-account key file with a fresh RSA key, whose token endpoint is {@code tokenUri}. */
public final class ServiceAccountKeys {

    private ServiceAccountKeys() {
    }

    public static Path write(Path directory, String projectId, String tokenUri) throws IOException {
        String pem;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            // JSON string: line breaks written as \n escapes, as in keys downloaded from Google
            pem = ("-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----\n").replace("\n", "\\n");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String json = "{\n"
                + "  \"type\": \"service_account\",\n"
                + (projectId == null ? "" : "  \"project_id\": \"" + projectId + "\",\n")
                + "  \"private_key_id\": \"0123456789abcdef\",\n"
                + "  \"private_key\": \"" + pem + "\",\n"
                + "  \"client_email\": \"alpenlock-test@" + (projectId == null ? "x" : projectId)
                + ".iam.gserviceaccount.com\",\n"
                + "  \"client_id\": \"1234567890\",\n"
                + "  \"token_uri\": \"" + tokenUri + "\"\n"
                + "}\n";
        Path file = directory.resolve("service-account-" + System.nanoTime() + ".json");
        Files.writeString(file, json);
        return file;
    }
}
