package io.alpenlock.core.recovery;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Recovery usernames, given to an account whose login e-mail (a mailbox) was deleted: the initials of the first and
 * last name, folded to lower-case ASCII ("Élodie Müller" → {@code em}), followed by {@value #DIGITS} random digits:
 * {@code em04217}. No {@code @}, so it can never be mistaken for (or collide with) an e-mail login.
 *
 * <p>The initial of a name is its first letter, skipping anything else ("'t Hooft" → {@code t}); a letter that has no
 * ASCII form (Greek, Cyrillic, CJK, ...) gives no initial. When neither name gives one, the initials are {@code x}.
 */
public final class RecoveryUsernames {

    public static final int DIGITS = 5;
    /** How many random candidates are tried before giving up. */
    public static final int MAX_TRIES = 10;
    public static final String FALLBACK_INITIALS = "x";

    /** Latin letters that Unicode decomposition does not reduce to an ASCII letter. */
    private static final Map<Character, Character> SPECIAL = Map.ofEntries(
            Map.entry('ß', 's'), Map.entry('ẞ', 's'), Map.entry('æ', 'a'), Map.entry('Æ', 'a'),
            Map.entry('ø', 'o'), Map.entry('Ø', 'o'), Map.entry('œ', 'o'), Map.entry('Œ', 'o'),
            Map.entry('ł', 'l'), Map.entry('Ł', 'l'), Map.entry('đ', 'd'), Map.entry('Đ', 'd'),
            Map.entry('ð', 'd'), Map.entry('Ð', 'd'), Map.entry('þ', 't'), Map.entry('Þ', 't'),
            Map.entry('ı', 'i'), Map.entry('ħ', 'h'), Map.entry('Ħ', 'h'), Map.entry('ŧ', 't'), Map.entry('Ŧ', 't'));

    private final SecureRandom random;

    public RecoveryUsernames(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A recovery username that {@code isTaken} says is free.
     *
     * @param firstName may be null or empty
     * @param lastName  may be null or empty
     * @param isTaken   whether a username is already used (e.g. {@code u -> session.users().getUserByUsername(realm, u)
     *                  != null}); called at most {@value #MAX_TRIES} times
     * @throws NoFreeUsernameException when all {@value #MAX_TRIES} candidates were taken
     */
    public String generate(String firstName, String lastName, Predicate<String> isTaken) {
        Objects.requireNonNull(isTaken, "isTaken");
        String initials = initials(firstName, lastName);
        for (int i = 0; i < MAX_TRIES; i++) {
            String candidate = initials + digits();
            if (!isTaken.test(candidate)) {
                return candidate;
            }
        }
        throw new NoFreeUsernameException(initials, MAX_TRIES);
    }

    /** The lower-case ASCII initials of the names, or {@value #FALLBACK_INITIALS} when none has a usable letter. */
    public static String initials(String firstName, String lastName) {
        String initials = initial(firstName) + initial(lastName);
        return initials.isEmpty() ? FALLBACK_INITIALS : initials;
    }

    /** The folded first letter of {@code name}, or "" when its first letter has no ASCII form (or it has none). */
    static String initial(String name) {
        if (name == null) {
            return "";
        }
        int i = 0;
        while (i < name.length()) {
            int codePoint = name.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                return fold(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return "";
    }

    private static String fold(int codePoint) {
        if (Character.isBmpCodePoint(codePoint) && SPECIAL.containsKey((char) codePoint)) {
            return String.valueOf(SPECIAL.get((char) codePoint));
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
        char base = decomposed.isEmpty() ? 0 : decomposed.charAt(0);
        if ((base >= 'a' && base <= 'z') || (base >= 'A' && base <= 'Z')) {
            return String.valueOf(base).toLowerCase(Locale.ROOT);
        }
        return "";
    }

    private String digits() {
        String digits = Integer.toString(random.nextInt(100_000));
        return "0".repeat(DIGITS - digits.length()) + digits;
    }
}
