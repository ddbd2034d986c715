package io.alpenlock.mailbox.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hashes the real Dovecot wrote (dovecot-vectors.tsv, made by generate-dovecot-vectors.sh). */
final class DovecotVectors {

    /** One line: the scheme doveadm was asked for, the password, and what doveadm printed. */
    record Vector(String askedScheme, String password, String stored) {
        @Override
        public String toString() {
            return askedScheme + " / " + (password.length() > 12 ? password.substring(0, 12) + "…" : password);
        }
    }

    private DovecotVectors() {
    }

    static List<Vector> all() {
        List<Vector> vectors = new ArrayList<>();
        try (InputStream in = DovecotVectors.class.getResourceAsStream("dovecot-vectors.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException("bad vector line: " + line);
                }
                vectors.add(new Vector(fields[0], fields[1], fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vectors;
    }
}
