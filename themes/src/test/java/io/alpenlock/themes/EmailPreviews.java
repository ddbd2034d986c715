package io.alpenlock.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Leaves each rendered e-mail in target/email-previews/ (subject + text as .txt, HTML as .html) so a
 * person can open them in a browser or mail client after {@code mvn -pl themes test}.
 */
final class EmailPreviews {

    private EmailPreviews() {
    }

    static void write(String template, String language, KeycloakLikeEmailRenderer.Email email) {
        Path directory = ThemeFiles.resourcesRoot().getParent().resolve("email-previews");
        String base = template.replace(".ftl", "") + "_" + language;
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(base + ".html"), email.html(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(base + ".txt"),
                    "Subject: " + email.subject() + "\n\n" + email.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
