package io.alpenlock.core.backup;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.alpenlock.core.totp.Base32;

/** New sets of backup codes: each code 80 random bits, Base32, all codes of a set different. */
public final class BackupCodeGenerator {

    /** Codes in a set, as the product promises. */
    public static final int SET_SIZE = 10;

    private static final int BYTES = BackupCodeFormat.BITS / 8;

    private BackupCodeGenerator() {
    }

    /** {@value #SET_SIZE} new codes in canonical form. */
    public static List<String> newSet(SecureRandom random) {
        return newSet(random, SET_SIZE);
    }

    /** {@code size} new, distinct codes in canonical form. */
    public static List<String> newSet(SecureRandom random, int size) {
        Objects.requireNonNull(random, "random");
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("a set has 1 to 100 codes");
        }
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < size) {
            byte[] bytes = new byte[BYTES];
            random.nextBytes(bytes);
            codes.add(Base32.encode(bytes));
        }
        return List.copyOf(new ArrayList<>(codes));
    }
}
