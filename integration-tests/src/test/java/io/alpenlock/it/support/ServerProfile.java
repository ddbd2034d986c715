package io.alpenlock.it.support;

import java.util.List;

/**
 * A Keycloak configuration that several test classes share. Classes asking for the same profile
 * reuse one running server; a different profile stops it and starts another.
 */
public enum ServerProfile {

    /** What {@code ./alpenlock run} uses: dev outbox for SMS, push and a copy of every e-mail. */
    DEMO(List.of(
            "--spi-alpenlock-sms-sender--provider=outbox",
            "--spi-alpenlock-push-sender--provider=outbox",
            "--spi-email-sender--provider=alpenlock-outbox",
            "--spi-realm-restapi-extension--alpenlock-outbox--enabled=true",
            // test only: lets tests move the identity-verification clock of their own realm (never in production)
            "--spi-admin-realm-restapi-extension--alpenlock-identity-verification--test-clock-enabled=true")),

    /**
     * The production gateways against local stand-ins: pushes through the real Firebase Admin SDK to the
     * {@link FcmMock} ({@code {fcm.base}}, {@code {fcm.key}}), SMS through the real Twilio SDK to the
     * {@link TwilioMock} ({@code {twilio.base}}); e-mail as in the demo. With a GeoIP database
     * ({@code {geoip.file}}, see {@link GeoIpTestDatabase}) that places loopback logins in Bern.
     */
    PROVIDER_GATEWAYS(List.of(
            "--spi-alpenlock-sms-sender--provider=twilio",
            "--spi-alpenlock-sms-sender--twilio--account-sid=" + TwilioMock.ACCOUNT_SID,
            "--spi-alpenlock-sms-sender--twilio--auth-token=it-twilio-token",
            "--spi-alpenlock-sms-sender--twilio--from=" + TwilioMock.FROM,
            "--spi-alpenlock-sms-sender--twilio--base-url={twilio.base}",
            "--spi-alpenlock-push-sender--provider=fcm",
            "--spi-alpenlock-push-sender--fcm--credentials-file={fcm.key}",
            "--spi-alpenlock-push-sender--fcm--base-url={fcm.base}",
            "--spi-authenticator--alpenlock-push--geoip-database={geoip.file}",
            // test only: lets tests move the identity-verification clock of their own realm (never in production)
            "--spi-admin-realm-restapi-extension--alpenlock-identity-verification--test-clock-enabled=true",
            "--spi-admin-realm-restapi-extension--alpenlock-identity-verification--purge-interval-seconds=5",
            // deleted-mailbox check every 10 s (production: 1 h), so MailboxDeletionIT sees the periodic path run
            "--spi-realm-restapi-extension--alpenlock-mailboxes--deletion-check-interval-seconds=10")),

    /**
     * Two nodes of one cluster (embedded Infinispan, JGroups discovery through the shared PostgreSQL
     * database, both on loopback), otherwise the demo settings. PostgreSQL pass only.
     */
    CLUSTER(List.of(
            "--cache=ispn",
            "--cache-stack=jdbc-ping",
            "--cache-embedded-network-bind-address=127.0.0.1",
            "--cache-embedded-network-bind-port={cluster.port}",
            "--spi-alpenlock-sms-sender--provider=outbox",
            "--spi-alpenlock-push-sender--provider=outbox",
            "--spi-email-sender--provider=alpenlock-outbox")),

    /** Production providers selected but misconfigured: Keycloak must still start and say why. */
    MISCONFIGURED_GATEWAYS(List.of(
            "--spi-alpenlock-sms-sender--provider=twilio",
            "--spi-alpenlock-sms-sender--twilio--auth-token=not-a-real-token",
            "--spi-alpenlock-sms-sender--twilio--from=+41790000000",
            "--spi-alpenlock-push-sender--provider=fcm",
            "--spi-alpenlock-push-sender--fcm--credentials-file=/nonexistent/alpenlock/service-account.json"));

    private final List<String> options;

    ServerProfile(List<String> options) {
        this.options = options;
    }

    public List<String> options() {
        return options;
    }

    public boolean usesFcmMock() {
        return options.stream().anyMatch(o -> o.contains("{fcm."));
    }

    public boolean usesTwilioMock() {
        return options.stream().anyMatch(o -> o.contains("{twilio."));
    }

    public boolean usesGeoIpDatabase() {
        return options.stream().anyMatch(o -> o.contains("{geoip.file}"));
    }
}
