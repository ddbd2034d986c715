package io.alpenlock.mailbox.password;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passwords as the bytes Dovecot hashes: UTF-8, no normalisation (mail clients send UTF-8 and Dovecot hashes the
 * bytes it receives). Intermediate buffers are wiped; callers wipe the result with {@link #wipe(byte[])}.
 */
final class PasswordBytes {

    private PasswordBytes() {
    }

    /** For verification: an unpaired surrogate (which no UTF-8 client can send) becomes {@code ?}. */
    static byte[] lenient(char[] password) {
        try {
            return encode(password, CodingErrorAction.REPLACE);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing encoder reported an error", e);
        }
    }

    /** For storing: a password that is not valid Unicode is refused. */
    static byte[] strict(char[] password) {
        try {
            return encode(password, CodingErrorAction.REPORT);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the password is not valid Unicode (unpaired surrogate)");
        }
    }

    static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] encode(char[] password, CodingErrorAction onError) throws CharacterCodingException {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(onError)
                .onUnmappableCharacter(onError);
        ByteBuffer buffer = encoder.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
