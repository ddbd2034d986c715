package io.alpenlock.mailbox.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keys of the check page's budgets in the cluster-wide store. The address is hashed (with the realm) so that the
 * store holds no addresses; the IP is kept as is (it is what the budget is about).
 */
public final class CheckBudgetKeys {

    private static final String PREFIX = "alpenlock-mailbox-check:";

    private CheckBudgetKeys() {
    }

    public static String ip(String realmId, String ip) {
        return PREFIX + "ip:" + realmId + ":" + (ip == null ? "unknown" : ip);
    }

    public static String address(String realmId, String address) {
        String normalized = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((realmId + "\n" + normalized).getBytes(StandardCharsets.UTF_8));
            return PREFIX + "address:" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
