package io.alpenlock.it.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.ServerSetup;

/** One running Keycloak plus the local SMTP/IMAP server its realms send mail to. */
public final class Environment implements AutoCloseable {

    private final ServerProfile profile;
    private final GreenMail mail;
    private final KeycloakServer server;
    private final AdminApi admin;
    private final FcmMock fcm;
    private final TwilioMock twilio;
    private final KeycloakServer secondNode;

    private Environment(ServerProfile profile, GreenMail mail, KeycloakServer server, FcmMock fcm, TwilioMock twilio,
                        KeycloakServer secondNode) {
        this.profile = profile;
        this.mail = mail;
        this.server = server;
        this.admin = new AdminApi(server);
        this.fcm = fcm;
        this.twilio = twilio;
        this.secondNode = secondNode;
    }

    static Environment start(ServerProfile profile) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        // as `./alpenlock run`: the demo IMAP mailboxes with their passwords; other recipients get a mailbox at delivery
        DemoImapMailboxes.createIn(mail);
        FcmMock fcm = profile.usesFcmMock() ? FcmMock.start(java.nio.file.Path.of(TestSettings.workDir(), "fcm")) : null;
        TwilioMock twilio = profile.usesTwilioMock() ? TwilioMock.start() : null;
        try {
            String name = profile.name().toLowerCase(Locale.ROOT);
            int smtp = mail.getSmtp().getPort();
            KeycloakServer first = KeycloakServer.start(name, resolve(profile, fcm, twilio), smtp);
            KeycloakServer second = null;
            if (profile == ServerProfile.CLUSTER) {
                try {
                    second = KeycloakServer.start(name + "-node2", resolve(profile, fcm, twilio), smtp);
                } catch (RuntimeException e) {
                    first.close();
                    throw e;
                }
            }
            return new Environment(profile, mail, first, fcm, twilio, second);
        } catch (RuntimeException e) {
            mail.stop();
            if (fcm != null) {
                fcm.close();
            }
            if (twilio != null) {
                twilio.close();
            }
            throw e;
        }
    }

    private static List<String> resolve(ServerProfile profile, FcmMock fcm, TwilioMock twilio) {
        String clusterPort;
        try {
            clusterPort = Integer.toString(KeycloakServer.freePort());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String geoIpFile = profile.usesGeoIpDatabase()
                ? GeoIpTestDatabase.write(java.nio.file.Path.of(TestSettings.workDir(), "geoip")).toString() : null;
        return profile.options().stream()
                .map(o -> o.replace("{cluster.port}", clusterPort))
                .map(o -> geoIpFile == null ? o : o.replace("{geoip.file}", geoIpFile))
                .map(o -> fcm == null ? o : o.replace("{fcm.base}", fcm.baseUrl()).replace("{fcm.key}", fcm.keyFile().toString()))
                .map(o -> twilio == null ? o : o.replace("{twilio.base}", twilio.baseUrl()))
                .toList();
    }

    /** The second node of the {@link ServerProfile#CLUSTER} profile (same database and cluster as {@link #server()}). */
    public KeycloakServer secondNode() {
        if (secondNode == null) {
            throw new IllegalStateException(profile + " has a single node");
        }
        return secondNode;
    }

    /** The FCM mock of a profile that pushes through Firebase. */
    public FcmMock fcm() {
        if (fcm == null) {
            throw new IllegalStateException(profile + " does not push through FCM");
        }
        return fcm;
    }

    /** The Twilio stand-in of a profile that sends SMS through the Twilio SDK. */
    public TwilioMock twilio() {
        if (twilio == null) {
            throw new IllegalStateException(profile + " does not send SMS through Twilio");
        }
        return twilio;
    }

    public ServerProfile profile() {
        return profile;
    }

    public KeycloakServer server() {
        return server;
    }

    public GreenMail mail() {
        return mail;
    }

    public AdminApi admin() {
        return admin;
    }

    /** Messages the mail server has received for this address, oldest first. */
    public List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> recipients(m).contains(address.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Waits up to 20 s for a message to this address whose subject contains {@code subjectPart}. */
    public MimeMessage awaitMailTo(String address, String subjectPart) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mailsTo(address)) {
                try {
                    if (message.getSubject() != null && message.getSubject().contains(subjectPart)) {
                        return message;
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No e-mail to " + address + " with '" + subjectPart + "' in the subject within 20 s");
    }

    /** Waits up to 20 s for the first message to this address. */
    public MimeMessage awaitMailTo(String address) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> messages = mailsTo(address);
            if (!messages.isEmpty()) {
                return messages.get(0);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No e-mail to " + address + " within 20 s");
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(a -> a.toString().toLowerCase(Locale.ROOT)).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (secondNode != null) {
                secondNode.close();
            }
            server.close();
        } finally {
            mail.stop();
            if (fcm != null) {
                fcm.close();
            }
            if (twilio != null) {
                twilio.close();
            }
        }
    }
}
