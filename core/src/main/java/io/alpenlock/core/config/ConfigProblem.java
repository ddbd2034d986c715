package io.alpenlock.core.config;

import java.util.Objects;

/**
 * One configuration mistake, naming the exact command-line option so that an operator can fix it.
 *
 * @param option the option as typed on the command line, e.g. {@code --spi-alpenlock-sms-sender--twilio--account-sid}
 * @param reason what is wrong, without the option's value (values may be secrets)
 */
public record ConfigProblem(String option, String reason) {

    public ConfigProblem {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(reason, "reason");
    }

    /** Human-readable form, e.g. {@code --spi-x--y--from is missing}. */
    public String describe() {
        return option + " " + reason;
    }

    @Override
    public String toString() {
        return describe();
    }
}
