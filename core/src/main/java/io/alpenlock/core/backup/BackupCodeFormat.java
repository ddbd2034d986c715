package io.alpenlock.core.backup;

import java.util.Objects;
import java.util.Optional;

/**
 * How backup codes look and how typed input is read. A code is 16 characters of the RFC 4648 Base32
 * alphabet ({@code A-Z2-7}, 80 bits), shown in groups of four ({@code ABCD-EFGH-JKLM-NPQR}).
 *
 * <p>Input is forgiving: spaces, hyphens and other separators are ignored, letters may be lower case, and
 * the digits {@code 0}, {@code 1} and {@code 8}, which are not in the alphabet, are read as the letters they
 * are mistaken for ({@code O}, {@code I}, {@code B}). Anything else makes the input unreadable; callers treat
 * that exactly like a wrong code.
 */
public final class BackupCodeFormat {

    /** Characters of a code. */
    public static final int LENGTH = 16;
    /** Bits of a code: 5 per character. */
    public static final int BITS = LENGTH * 5;
    /** Longest input looked at (separators included); longer input never matches. */
    public static final int MAX_INPUT_LENGTH = 64;

    private static final int GROUP = 4;

    private BackupCodeFormat() {
    }

    /**
     * The canonical 16-character form of typed input, or empty if it cannot be a code. Never throws and
     * never puts the input in a message.
     */
    public static Optional<String> normalize(CharSequence input) {
        if (input == null || input.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            char canonical = canonical(c);
            if (canonical == 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(canonical);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** True for a canonical code: 16 characters of {@code A-Z2-7}. */
    public static boolean isCanonical(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '2' && c <= '7')) {
                return false;
            }
        }
        return true;
    }

    /** {@code ABCDEFGHJKLMNPQR} → {@code ABCD-EFGH-JKLM-NPQR}. */
    public static String display(String code) {
        Objects.requireNonNull(code, "code");
        if (!isCanonical(code)) {
            throw new IllegalArgumentException("not a canonical backup code");
        }
        StringBuilder out = new StringBuilder(LENGTH + LENGTH / GROUP - 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                out.append('-');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }

    /** The alphabet character {@code c} stands for, or 0 if none. */
    private static char canonical(char c) {
        if (c >= 'A' && c <= 'Z' || c >= '2' && c <= '7') {
            return c;
        }
        if (c >= 'a' && c <= 'z') {
            return (char) (c - 'a' + 'A');
        }
        return switch (c) {
            case '0' -> 'O';
            case '1' -> 'I';
            case '8' -> 'B';
            default -> 0;
        };
    }

    /** Spaces of every kind, dashes of every kind, and the dots, underscores and slashes people type. */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION
                || c == '\u2212' || c == '.' || c == '_' || c == '/' || c == '\u00B7';
    }
}
