package io.alpenlock.core.smscode;

import java.security.SecureRandom;
import java.util.Objects;

/** New SMS codes: uniformly random decimal digits from a {@link SecureRandom}, leading zeros included. */
public final class SmsCodeGenerator {

    private SmsCodeGenerator() {
    }

    /** A code of {@code policy.length()} digits. */
    public static String generate(SecureRandom random, SmsCodePolicy policy) {
        return generate(random, Objects.requireNonNull(policy, "policy").length());
    }

    /** A code of {@code length} digits ({@value SmsCodePolicy#MIN_LENGTH} to {@value SmsCodePolicy#MAX_LENGTH}). */
    public static String generate(SecureRandom random, int length) {
        Objects.requireNonNull(random, "random");
        if (length < SmsCodePolicy.MIN_LENGTH || length > SmsCodePolicy.MAX_LENGTH) {
            throw new IllegalArgumentException("an SMS code has " + SmsCodePolicy.MIN_LENGTH + " to "
                    + SmsCodePolicy.MAX_LENGTH + " digits");
        }
        int bound = 1;
        for (int i = 0; i < length; i++) {
            bound *= 10;
        }
        // nextInt(bound) is uniform (it rejects the biased top of the range), unlike nextInt() % bound
        String digits = Integer.toString(random.nextInt(bound));
        return "0".repeat(length - digits.length()) + digits;
    }
}
