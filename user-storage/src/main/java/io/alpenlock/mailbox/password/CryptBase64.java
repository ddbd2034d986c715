package io.alpenlock.mailbox.password;

/**
 * The base-64 alphabet and bit order of crypt(3) MD5-crypt and SHA-crypt ({@code ./0-9A-Za-z}, least significant
 * six bits first), as in the {@code b64_from_24bit} step of Drepper's SHA-crypt specification.
 */
final class CryptBase64 {

    static final String ALPHABET = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private CryptBase64() {
    }

    /** Appends {@code count} characters encoding the 24-bit group {@code b2 b1 b0}, low bits first. */
    static void append24(StringBuilder out, byte b2, byte b1, byte b0, int count) {
        int w = ((b2 & 0xff) << 16) | ((b1 & 0xff) << 8) | (b0 & 0xff);
        for (int i = 0; i < count; i++) {
            out.append(ALPHABET.charAt(w & 0x3f));
            w >>>= 6;
        }
    }

    static boolean isEncoded(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
