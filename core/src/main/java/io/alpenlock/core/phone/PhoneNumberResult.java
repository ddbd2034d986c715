package io.alpenlock.core.phone;

import java.util.Objects;

/** The outcome of {@link PhoneNumbers#normalise}: a usable number or the reason it was refused. Never an exception. */
public sealed interface PhoneNumberResult {

    default boolean isValid() {
        return this instanceof Valid;
    }

    /**
     * A valid number of an allowed country that can receive SMS.
     *
     * @param number the number in E.164 form
     * @param region its ISO 3166-1 region code (e.g. {@code CH}), one of the policy's allowed countries
     */
    record Valid(E164Number number, String region) implements PhoneNumberResult {
        public Valid {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(region, "region");
        }
    }

    /** Refused; {@code problem.messageKey()} tells the user why. */
    record Rejected(PhoneNumberProblem problem) implements PhoneNumberResult {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
