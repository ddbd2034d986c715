package io.alpenlock.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reading the e-mails the local mail server received, as the person they went to would. */
public final class Mails {

    private Mails() {
    }

    /** Waits up to 20 s until at least {@code count} e-mails reached this address; returns them, oldest first. */
    public static List<MimeMessage> await(Environment env, String address, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        List<MimeMessage> mails = env.mailsTo(address);
        while (mails.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            mails = env.mailsTo(address);
        }
        assertThat(mails).as("e-mails to %s", address).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    /** One event, one e-mail: after a short wait, exactly {@code count} e-mails reached this address. */
    public static void assertNoMoreThan(Environment env, String address, int count) throws Exception {
        Thread.sleep(1_500);
        assertThat(subjects(env, address)).as("e-mails to %s", address).hasSize(count);
    }

    public static List<String> subjects(Environment env, String address) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : env.mailsTo(address)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    /** Neither the decoded text nor the raw message contains any of these secrets or identifiers. */
    public static void assertContainsNone(MimeMessage mail, String... secrets) throws Exception {
        String decoded = plainText(mail) + htmlText(mail);
        String raw = GreenMailUtil.getWholeMessage(mail);
        assertThat(decoded).as("decoded parts of %s", mail.getSubject()).isNotBlank();
        for (String secret : secrets) {
            assertThat(decoded).as("decoded parts of %s", mail.getSubject()).doesNotContain(secret);
            assertThat(raw).as("raw message %s", mail.getSubject()).doesNotContain(secret);
        }
    }

    public static String plainText(MimeMessage mail) throws Exception {
        return part(mail, "text/plain");
    }

    public static String htmlText(MimeMessage mail) throws Exception {
        return part(mail, "text/html");
    }

    /** The decoded content of the first part of this type (the e-mails are multipart/alternative). */
    private static String part(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), mimeType);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
