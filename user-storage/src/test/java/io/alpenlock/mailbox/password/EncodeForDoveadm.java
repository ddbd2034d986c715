package io.alpenlock.mailbox.password;

import java.security.SecureRandom;

/**
 * Not a test: prints values we encode, one per line as {@code password<TAB>stored}, for a by-hand check with the real
 * Dovecot ({@code doveadm pw -t 'stored' -p 'password'}). Arguments: write-scheme specs; none means the defaults of
 * every writable scheme. Run (after {@code mvn -o verify -pl user-storage}):
 * {@code java -cp user-storage/target/classes:user-storage/target/test-classes:$BCPROV
 * io.alpenlock.mailbox.password.EncodeForDoveadm [SPEC...]}
 */
public final class EncodeForDoveadm {

    private EncodeForDoveadm() {
    }

    public static void main(String[] args) {
        String[] specs = args.length > 0 ? args : WriteSchemeConfig.WRITABLE.toArray(String[]::new);
        DovecotPasswords passwords = DovecotPasswords.withDefaults(new SecureRandom());
        String[] samples = {"secret", "Grüezi-mitenand, ça va? 🏔"};
        for (String spec : specs) {
            for (String password : samples) {
                String stored = passwords.encode(password.toCharArray(), WriteSchemeConfig.from(spec));
                System.out.println(password + "\t" + stored);
            }
        }
    }
}
