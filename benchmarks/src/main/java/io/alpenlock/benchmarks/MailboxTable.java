package io.alpenlock.benchmarks;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.alpenlock.mailbox.password.DovecotPasswords;
import io.alpenlock.mailbox.password.WriteSchemeConfig;

/**
 * A Dovecot-style mailbox table of N rows, made on the server by one {@code INSERT … SELECT … FROM
 * generate_series}: {@code address} (the primary key, as Dovecot and Postfix Admin schemas have it), {@code
 * password} ({@code {SCHEME}…}), {@code active} (2 % disabled), {@code name} (60 % have one). Row {@code i} (1..N)
 * is {@code <first>.<last><i>@<domain>} with the names chosen from {@code i}, so the program knows every address
 * without reading the table. Its password scheme follows {@link #MIX} by {@code (i * 37) % 100}; all rows of a scheme
 * share one precomputed hash of that scheme's password ({@link Scheme#password()}), since hashing a million
 * passwords would take hours while the cost of a check does not depend on which row it reads.
 */
final class MailboxTable {

    static final String TABLE = "mailbox";
    /** The index the docs ask operators to have: look-ups compare {@code LOWER(address)}. */
    static final String LOWER_INDEX = "mailbox_address_lower";

    static final String[] FIRST = {"anna", "bruno", "chiara", "david", "elena", "fabio", "greta", "hans", "ines",
            "jonas", "katrin", "luca", "marie", "nico", "olivia", "paul", "rosa", "simon", "tanja", "urs"};
    static final String[] LAST = {"keller", "meier", "mueller", "schmid", "weber", "huber", "rossi", "bianchi",
            "dubois", "martin", "garcia", "lopez", "brunner", "frei", "steiner", "moser", "baumann", "graf", "roth",
            "fischer", "wyss", "zimmermann", "ferrari", "girard", "favre"};
    static final String[] DOMAINS = {"alpenlock.test", "bergmail.ch", "example.org", "seemail.de", "lacmail.fr",
            "valmail.it", "kundenpost.ch"};

    /**
     * A password scheme of the mix: the share of rows (percent), how the hash was made, and the password of those rows.
     * {@code writeSpec} is our own encoder's setting ({@link WriteSchemeConfig}); schemes we only verify are stored as
     * fixed values made by {@code openssl passwd} or computed here.
     */
    record Scheme(String label, int percent, String writeSpec, String fixedStored) {

        String password() {
            return "mailbox-" + label.replaceAll("[^A-Za-z0-9]+", "-") + "-2026";
        }
    }

    static final List<Scheme> MIX = List.of(
            new Scheme("BLF-CRYPT cost 10 (ours)", 30, "BLF-CRYPT:cost=10", null),
            // doveadm pw -s BLF-CRYPT writes cost 5 by default; our writer starts at 10, so this one is made here.
            new Scheme("BLF-CRYPT cost 5 (doveadm)", 15, null, "BLF-CRYPT-5"),
            new Scheme("SHA512-CRYPT rounds 5000", 35, "SHA512-CRYPT", null),
            new Scheme("ARGON2ID m=64MiB t=3", 8, "ARGON2ID", null),
            new Scheme("SHA256-CRYPT rounds 5000", 5, "SHA256-CRYPT", null),
            new Scheme("SSHA512", 3, null, "SSHA512"),
            // openssl passwd -1 -salt benchmd5 'mailbox-MD5-CRYPT-2026'
            new Scheme("MD5-CRYPT", 2, null, "{MD5-CRYPT}$1$benchmd5$fD.2N5lhoZ9aAav/5RuWO/"),
            new Scheme("PLAIN", 2, null, "PLAIN"));

    private final int rows;
    private final SecureRandom random;

    MailboxTable(int rows, SecureRandom random) {
        this.rows = rows;
        this.random = random;
    }

    /** One stored value per scheme of {@link #MIX}, hashed now (Argon2 and bcrypt cost 10 take a moment). */
    private String[] storedValues() {
        DovecotPasswords passwords = DovecotPasswords.withDefaults(random);
        String[] stored = new String[MIX.size()];
        for (int s = 0; s < MIX.size(); s++) {
            Scheme scheme = MIX.get(s);
            if (scheme.writeSpec() != null) {
                stored[s] = passwords.encode(scheme.password().toCharArray(), WriteSchemeConfig.from(scheme.writeSpec()));
            } else if ("BLF-CRYPT-5".equals(scheme.fixedStored())) {
                byte[] salt = new byte[16];
                random.nextBytes(salt);
                stored[s] = "{BLF-CRYPT}" + org.bouncycastle.crypto.generators.OpenBSDBCrypt.generate("2y",
                        scheme.password().toCharArray(), salt, 5);
            } else if ("SSHA512".equals(scheme.fixedStored())) {
                stored[s] = ssha512(scheme.password(), random);
            } else if ("PLAIN".equals(scheme.fixedStored())) {
                stored[s] = "{PLAIN}" + scheme.password();
            } else {
                stored[s] = scheme.fixedStored();
            }
        }
        return stored;
    }

    int rows() {
        return rows;
    }

    /** The address of row {@code i} (1..rows), exactly as the SQL in {@link #create} makes it. */
    static String address(long i) {
        return FIRST[(int) (i % FIRST.length)] + "." + LAST[(int) ((i / FIRST.length) % LAST.length)] + i + "@"
                + DOMAINS[(int) (i % DOMAINS.length)];
    }

    /** Index into {@link #MIX} of row {@code i}'s scheme. */
    static int schemeOf(long i) {
        int bucket = (int) ((i * 37) % 100);
        int upper = 0;
        for (int s = 0; s < MIX.size(); s++) {
            upper += MIX.get(s).percent();
            if (bucket < upper) {
                return s;
            }
        }
        throw new IllegalStateException("the mix does not add up to 100 %");
    }

    static boolean active(long i) {
        return i % 50 != 7;
    }

    /** A random row's address, upper-casing some of them (look-ups are case-insensitive). */
    String randomAddress(Random random) {
        String address = address(1 + random.nextInt(rows));
        return random.nextInt(10) == 0 ? address.toUpperCase(Locale.ROOT) : address;
    }

    /** An address of the same shape that is in no row. */
    String randomMissingAddress(Random random) {
        return address(rows + 1L + random.nextInt(rows));
    }

    /** The first active row at or after {@code from} whose scheme is {@code scheme}. */
    long rowWithScheme(int scheme, long from) {
        for (long i = from; i <= rows; i++) {
            if (schemeOf(i) == scheme && active(i)) {
                return i;
            }
        }
        throw new IllegalStateException("no row with scheme " + MIX.get(scheme).label());
    }

    /** Creates the table with its primary key and fills it; the {@code LOWER(address)} index is separate. */
    void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE + " (address VARCHAR(255) PRIMARY KEY, password VARCHAR(512) NOT NULL,"
                    + " active SMALLINT NOT NULL DEFAULT 1, name VARCHAR(255))");
        }
        StringBuilder scheme = new StringBuilder("CASE");
        int upper = 0;
        for (int s = 0; s < MIX.size(); s++) {
            upper += MIX.get(s).percent();
            scheme.append(" WHEN (i * 37) % 100 < ").append(upper).append(" THEN ?");
        }
        scheme.append(" END");
        String sql = "INSERT INTO " + TABLE + " (address, password, active, name)"
                + " SELECT (" + array(FIRST) + ")[1 + i % " + FIRST.length + "] || '.' || (" + array(LAST) + ")[1 + (i / "
                + FIRST.length + ") % " + LAST.length + "] || i || '@' || (" + array(DOMAINS) + ")[1 + i % "
                + DOMAINS.length + "],"
                + " " + scheme + ","
                + " CASE WHEN i % 50 = 7 THEN 0 ELSE 1 END,"
                + " CASE WHEN i % 5 < 3 THEN initcap((" + array(FIRST) + ")[1 + i % " + FIRST.length + "]) || ' ' || initcap(("
                + array(LAST) + ")[1 + (i / " + FIRST.length + ") % " + LAST.length + "]) END"
                + " FROM generate_series(1, ?) AS i";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            for (String value : storedValues()) {
                ps.setString(p++, value);
            }
            ps.setInt(p, rows);
            ps.executeUpdate();
        }
    }

    void createLowerIndex(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE UNIQUE INDEX " + LOWER_INDEX + " ON " + TABLE + " (LOWER(address))");
            s.execute("ANALYZE " + TABLE);
        }
    }

    private static String array(String[] values) {
        StringBuilder b = new StringBuilder("ARRAY[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "'" : ", '").append(values[i]).append('\'');
        }
        return b.append(']').toString();
    }

    private static String ssha512(String password, SecureRandom random) {
        try {
            byte[] salt = new byte[8];
            random.nextBytes(salt);
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-512");
            md.update(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update(salt);
            byte[] digest = md.digest();
            byte[] both = new byte[digest.length + salt.length];
            System.arraycopy(digest, 0, both, 0, digest.length);
            System.arraycopy(salt, 0, both, digest.length, salt.length);
            return "{SSHA512}" + java.util.Base64.getEncoder().encodeToString(both);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
