package io.alpenlock.device.command;

import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.api.Enrollment;
import io.alpenlock.device.api.EnrollmentLink;
import io.alpenlock.device.api.EnrollmentRequest;
import io.alpenlock.device.api.Printable;
import io.alpenlock.device.api.RealmUrls;
import io.alpenlock.device.store.Account;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStoreException;
import java.util.Set;

/**
 * {@code enroll <link>}: what the app does after scanning the QR code. Creates the device key on first use (saved
 * before the server ever sees it), calls {@code POST /enrollments} with the link's token and stores the account with
 * its TOTP settings.
 */
public final class EnrollCommand implements Command {

    static final String LABEL = "--label";
    static final String PLATFORM = "--platform";
    static final String PUSH_TOKEN = "--push-token";
    static final String DEFAULT_PLATFORM = "cli";

    @Override
    public String name() {
        return "enroll";
    }

    @Override
    public String synopsis() {
        return "<link> [--label NAME] [--platform cli] [--push-token TOKEN]";
    }

    @Override
    public String description() {
        return "Enrol this device with an account, from the alpenlock://enroll link of the QR code (label: the name "
                + "shown in the account's 2FA settings, default \"Device client <key id>\"; platform: android, ios, "
                + "cli or other).";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(LABEL, PLATFORM, PUSH_TOKEN);
    }

    @Override
    public int run(Arguments arguments, CommandContext context)
            throws UsageException, DeviceApiException, DeviceStoreException {
        String linkText = arguments.expectPositionals("<link>").get(0);
        EnrollmentLink link;
        try {
            link = EnrollmentLink.parse(linkText);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid enrolment link: " + e.getMessage());
        }
        DeviceState state = context.store().load();
        if (state.deviceKey().isEmpty()) {
            state = state.withDeviceKey(DeviceKeyPair.generate(context.random()));
            context.store().save(state);
        }
        DeviceKeyPair key = state.keyFor(link.realmUrl());
        EnrollmentRequest request = new EnrollmentRequest(link.token(),
                arguments.value(LABEL).map(String::strip).orElse("Device client " + key.thumbprint().substring(0, 8)),
                arguments.value(PLATFORM).orElse(DEFAULT_PLATFORM),
                arguments.value(PUSH_TOKEN).orElse(null));
        if (RealmUrls.isPlainHttpToAnotherHost(link.realmUrl())) {
            context.err().println("warning: " + link.realmUrl() + " is not HTTPS: the TOTP secret travels "
                    + "unencrypted");
        }
        Enrollment enrollment = context.api(key).enroll(link.realmUrl(), request);
        context.store().save(state.withAccount(Account.enrolled(link.realmUrl(), enrollment)));
        printEnrolled(context, enrollment);
        return DeviceClientMain.OK;
    }

    /** {@code Enrolled alice@alpenlock.test (Alpenlock Accounts) as Laptop}. */
    static void printEnrolled(CommandContext context, Enrollment enrollment) {
        context.out().println("Enrolled " + Printable.of(enrollment.username(), 200) + " ("
                + Printable.of(enrollment.issuer(), 200) + ") as " + Printable.of(enrollment.label(), 200));
    }
}
