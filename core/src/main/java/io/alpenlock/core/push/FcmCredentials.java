package io.alpenlock.core.push;

import com.google.auth.http.HttpTransportFactory;
import com.google.auth.oauth2.ServiceAccountCredentials;
import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.InvalidConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/** Reads the service-account key file named by {@code credentials-file}. */
final class FcmCredentials {

    private FcmCredentials() {
    }

    static ServiceAccountCredentials load(FcmConfig config, HttpTransportFactory transport)
            throws InvalidConfigException {
        try (InputStream in = Files.newInputStream(config.credentialsFile())) {
            return ServiceAccountCredentials.fromStream(in, transport);
        } catch (IOException | RuntimeException e) {
            // The parser's message can quote parts of the file (a private key): never pass it on.
            throw new InvalidConfigException(new ConfigProblem(config.option(FcmConfig.CREDENTIALS_FILE),
                    "points to a file that is not a readable Google service-account JSON key ("
                            + e.getClass().getSimpleName() + ")"));
        }
    }
}
